package org.xueliang.simulator.media;

/** Builds the device's SDP answer: it sends PS on the offered payload type and echoes the SSRC. */
public final class SdpAnswer {

    private SdpAnswer() {
    }

    /** {@code localPort} is the port media leaves from (TCP passive) or where the device listens (TCP active). */
    public static String build(SdpOffer offer, String channelId, String localIp, int localPort) {
        String proto = offer.transport() == MediaTransport.UDP ? "RTP/AVP" : "TCP/RTP/AVP";
        StringBuilder sdp = new StringBuilder(256)
                .append("v=0\r\n")
                .append("o=").append(channelId).append(" 0 0 IN IP4 ").append(localIp).append("\r\n")
                .append("s=").append(offer.sessionName()).append("\r\n")
                .append("c=IN IP4 ").append(localIp).append("\r\n")
                .append("t=").append(offer.timing()).append("\r\n")
                .append("m=video ").append(localPort).append(' ').append(proto).append(' ')
                .append(offer.psPayloadType()).append("\r\n")
                .append("a=sendonly\r\n")
                .append("a=rtpmap:").append(offer.psPayloadType()).append(" PS/90000\r\n");
        if (offer.transport() == MediaTransport.TCP_PASSIVE) {
            sdp.append("a=setup:active\r\na=connection:new\r\n");
        } else if (offer.transport() == MediaTransport.TCP_ACTIVE) {
            sdp.append("a=setup:passive\r\na=connection:new\r\n");
        }
        return sdp.append("y=").append(offer.ssrc()).append("\r\n").toString();
    }
}
