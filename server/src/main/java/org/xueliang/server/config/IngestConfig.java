package org.xueliang.server.config;

import java.time.Duration;

/**
 * Video input settings shared by all channels.
 *
 * @param reconnect     retry policy for failed sources
 * @param rtsp          RTSP defaults
 * @param queueCapacity frames a channel may hold for analysis before dropping (counted), 1..1024 (default 8)
 * @param idleDecoding  how long a channel's scene must stay still before it decodes keyframes alone until
 *                      motion returns; {@link Duration#ZERO} (the default) decodes every picture always
 */
public record IngestConfig(ReconnectConfig reconnect, RtspConfig rtsp, int queueCapacity, Duration idleDecoding) {
    public IngestConfig(ReconnectConfig reconnect, RtspConfig rtsp, int queueCapacity) {
        this(reconnect, rtsp, queueCapacity, Duration.ZERO);
    }

    /** The hold before keyframe-only decoding, or null when it is off. */
    public Duration idleHold() {
        return idleDecoding.isZero() ? null : idleDecoding;
    }
}
