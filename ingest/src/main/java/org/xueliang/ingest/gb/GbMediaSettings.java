package org.xueliang.ingest.gb;

import java.time.Duration;

/**
 * How the server receives GB28181 media.
 *
 * @param mediaIp    the address offered to devices in SDP (the server's address as devices see it)
 * @param portFrom   first local port for receiving RTP
 * @param portTo     last local port, inclusive; one port per live stream
 * @param rtpTimeout a stream without RTP this long is dead (BYE, then a new INVITE); also the wait
 *                   for the first picture after the INVITE
 */
public record GbMediaSettings(String mediaIp, int portFrom, int portTo, Duration rtpTimeout) {
    public GbMediaSettings {
        if (mediaIp == null || mediaIp.isBlank()) {
            throw new IllegalArgumentException("'mediaIp' must not be blank, got '" + mediaIp + "'");
        }
        if (portFrom < 1 || portFrom > 0xFFFF) {
            throw new IllegalArgumentException("'portFrom' must be within 1..65535, got " + portFrom);
        }
        if (portTo < portFrom || portTo > 0xFFFF) {
            throw new IllegalArgumentException("'portTo' must be within " + portFrom + "..65535, got " + portTo);
        }
        if (rtpTimeout == null || rtpTimeout.isZero() || rtpTimeout.isNegative()) {
            throw new IllegalArgumentException("'rtpTimeout' must be greater than zero, got " + rtpTimeout);
        }
    }
}
