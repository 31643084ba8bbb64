package org.xueliang.sip.invite;

import java.time.Instant;
import java.util.Objects;

/**
 * The platform's SDP offer in an INVITE for live view ({@code s=Play}) or playback of a
 * recording ({@code s=Playback}), in the form GB/T 28181 devices expect: payload types 96 (PS),
 * 98 (H.264), 97 (MPEG-4), receive only, and the SSRC in a {@code y=} line.
 *
 * @param sessionName {@code Play} or {@code Playback}
 * @param channelId   channel asked to send
 * @param mediaIp     address the video is to be sent to
 * @param mediaPort   port the video is to be sent to (UDP, TCP passive) or our port (TCP active)
 * @param transport   UDP, TCP passive or TCP active
 * @param ssrc        SSRC allocated for this stream: live (0...) for Play, history (1...) for Playback
 * @param startTime   start of the recording in epoch seconds, 0 for live
 * @param endTime     end of the recording in epoch seconds, 0 for live
 */
public record SdpOffer(String sessionName, String channelId, String mediaIp, int mediaPort, MediaTransport transport,
                       Ssrc ssrc, long startTime, long endTime) {
    private static final String EOL = "\r\n";

    public SdpOffer {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(mediaIp, "mediaIp");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(ssrc, "ssrc");
        if (mediaPort < 1 || mediaPort > 65535) {
            throw new IllegalArgumentException("media port must be 1 to 65535, got " + mediaPort);
        }
        if (!sessionName.equals("Play") && !sessionName.equals("Playback")) {
            throw new IllegalArgumentException("session must be Play or Playback, got \"" + sessionName + "\"");
        }
        boolean history = sessionName.equals("Playback");
        if (ssrc.value().length() != 10 || ssrc.isHistory() != history) {
            throw new IllegalArgumentException(sessionName + " needs a 10-digit SSRC starting with "
                    + (history ? "1" : "0") + ", got " + ssrc.value());
        }
        if (history && endTime <= startTime) {
            throw new IllegalArgumentException("playback must end after it starts, got " + startTime + " to " + endTime);
        }
    }

    /** An offer for live view. */
    public static SdpOffer play(String channelId, String mediaIp, int mediaPort, MediaTransport transport, Ssrc ssrc) {
        return new SdpOffer("Play", channelId, mediaIp, mediaPort, transport, ssrc, 0, 0);
    }

    /** An offer for playback of the recording between {@code start} and {@code end}. */
    public static SdpOffer playback(String channelId, String mediaIp, int mediaPort, MediaTransport transport, Ssrc ssrc,
                                    Instant start, Instant end) {
        return new SdpOffer("Playback", channelId, mediaIp, mediaPort, transport, ssrc, start.getEpochSecond(),
                end.getEpochSecond());
    }

    /** The SDP text, CRLF line ends. */
    public String toSdp() {
        String addressType = mediaIp.contains(":") ? "IP6" : "IP4";
        StringBuilder sdp = new StringBuilder(320)
                .append("v=0").append(EOL)
                .append("o=").append(channelId).append(" 0 0 IN ").append(addressType).append(' ').append(mediaIp)
                .append(EOL)
                .append("s=").append(sessionName).append(EOL);
        if (sessionName.equals("Playback")) {
            // u= names the recording's channel; the 0 is the recording type "all".
            sdp.append("u=").append(channelId).append(":0").append(EOL);
        }
        sdp.append("c=IN ").append(addressType).append(' ').append(mediaIp).append(EOL)
                .append("t=").append(startTime).append(' ').append(endTime).append(EOL)
                .append("m=video ").append(mediaPort).append(transport == MediaTransport.UDP ? " RTP/AVP" : " TCP/RTP/AVP")
                .append(" 96 98 97").append(EOL)
                .append("a=recvonly").append(EOL)
                .append("a=rtpmap:96 PS/90000").append(EOL)
                .append("a=rtpmap:98 H264/90000").append(EOL)
                .append("a=rtpmap:97 MPEG4/90000").append(EOL);
        if (transport != MediaTransport.UDP) {
            sdp.append("a=setup:").append(transport == MediaTransport.TCP_PASSIVE ? "passive" : "active").append(EOL)
                    .append("a=connection:new").append(EOL);
        }
        return sdp.append("y=").append(ssrc.value()).append(EOL).toString();
    }
}
