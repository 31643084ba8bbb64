package org.xueliang.ingest.gb;

import java.util.regex.Pattern;
import org.xueliang.ingest.MediaTransport;

/**
 * What the server offers a device in the INVITE's SDP: where to send the media and how.
 *
 * @param mediaIp   the address devices reach the server's media ports at ({@code c=} line)
 * @param port      the receiving port ({@code m=} line)
 * @param transport UDP, or TCP with the server listening ({@code a=setup:passive})
 * @param ssrc      the 10-digit SSRC for the {@code y=} line, or null for the signalling side to allocate
 */
public record MediaOffer(String mediaIp, int port, MediaTransport transport, String ssrc) {
    private static final Pattern SSRC = Pattern.compile("\\d{10}");

    public MediaOffer {
        if (mediaIp == null || mediaIp.isBlank()) {
            throw new IllegalArgumentException("'mediaIp' must not be blank, got '" + mediaIp + "'");
        }
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("'port' must be within 1..65535, got " + port);
        }
        if (transport == null) {
            throw new IllegalArgumentException("'transport' is required");
        }
        if (ssrc != null && !SSRC.matcher(ssrc).matches()) {
            throw new IllegalArgumentException("'ssrc' must be 10 digits, got '" + ssrc + "'");
        }
    }
}
