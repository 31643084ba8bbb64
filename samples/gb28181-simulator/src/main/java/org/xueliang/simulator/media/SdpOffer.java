package org.xueliang.simulator.media;

import java.util.Map;

/**
 * What a device needs from the platform's SDP offer: session name (Play, Playback, Download),
 * where to send media, how, which payload type carries PS, and the SSRC from the {@code y=} line.
 */
public record SdpOffer(String sessionName, String connectionAddress, int port, MediaTransport transport,
                       int psPayloadType, Map<Integer, String> rtpmap, String ssrc, String timing) {

    public SdpOffer {
        rtpmap = Map.copyOf(rtpmap);
    }

    /** The SSRC as the 32-bit number RTP carries (GB28181 y= values are decimal). */
    public long ssrcValue() {
        return Long.parseLong(ssrc) & 0xFFFF_FFFFL;
    }
}
