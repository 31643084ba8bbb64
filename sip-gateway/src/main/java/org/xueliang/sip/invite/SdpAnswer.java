package org.xueliang.sip.invite;

import java.util.List;
import java.util.Map;

/**
 * What the receiver needs from a device's SDP answer (200 OK to INVITE).
 *
 * @param sessionName       {@code s=} value
 * @param connectionAddress address the device sends from or listens on (the video stream's
 *                          {@code c=}, else the session's)
 * @param port              the video stream's port (the device's listening port for TCP active)
 * @param tcp               true for {@code TCP/RTP/AVP}
 * @param setup             {@code a=setup} value ({@code active}, {@code passive}), null when absent
 * @param payloadTypes      payload types of the video stream, in order
 * @param rtpmap            encoding per payload type from {@code a=rtpmap}, e.g. 96 -> {@code PS/90000}
 * @param ssrc              the device's {@code y=} SSRC, null when absent
 */
public record SdpAnswer(String sessionName, String connectionAddress, int port, boolean tcp, String setup,
                        List<Integer> payloadTypes, Map<Integer, String> rtpmap, Ssrc ssrc) {
    public SdpAnswer {
        payloadTypes = List.copyOf(payloadTypes);
        rtpmap = Map.copyOf(rtpmap);
    }
}
