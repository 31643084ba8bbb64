package org.xueliang.sip.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SdpOfferTest {
    private static final String CHANNEL = "34020000001310000001";
    private static final Ssrc LIVE = new Ssrc("0200000001");

    @Test
    void liveOverUdp() {
        String sdp = SdpOffer.play(CHANNEL, "192.168.1.10", 30000, MediaTransport.UDP, LIVE).toSdp();

        assertThat(sdp).isEqualTo("""
                v=0\r
                o=34020000001310000001 0 0 IN IP4 192.168.1.10\r
                s=Play\r
                c=IN IP4 192.168.1.10\r
                t=0 0\r
                m=video 30000 RTP/AVP 96 98 97\r
                a=recvonly\r
                a=rtpmap:96 PS/90000\r
                a=rtpmap:98 H264/90000\r
                a=rtpmap:97 MPEG4/90000\r
                y=0200000001\r
                """);
    }

    @Test
    void liveOverTcpPassive() {
        String sdp = SdpOffer.play(CHANNEL, "192.168.1.10", 30002, MediaTransport.TCP_PASSIVE, LIVE).toSdp();

        assertThat(sdp).isEqualTo("""
                v=0\r
                o=34020000001310000001 0 0 IN IP4 192.168.1.10\r
                s=Play\r
                c=IN IP4 192.168.1.10\r
                t=0 0\r
                m=video 30002 TCP/RTP/AVP 96 98 97\r
                a=recvonly\r
                a=rtpmap:96 PS/90000\r
                a=rtpmap:98 H264/90000\r
                a=rtpmap:97 MPEG4/90000\r
                a=setup:passive\r
                a=connection:new\r
                y=0200000001\r
                """);
    }

    @Test
    void liveOverTcpActive() {
        String sdp = SdpOffer.play(CHANNEL, "192.168.1.10", 30004, MediaTransport.TCP_ACTIVE, LIVE).toSdp();

        assertThat(sdp).contains("m=video 30004 TCP/RTP/AVP 96 98 97\r\n", "a=setup:active\r\na=connection:new\r\n");
    }

    @Test
    void playbackNamesTheRecordingAndItsPeriod() {
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        String sdp = SdpOffer.playback(CHANNEL, "192.168.1.10", 30006, MediaTransport.UDP, new Ssrc("1200000007"),
                start, start.plusSeconds(600)).toSdp();

        assertThat(sdp).startsWith("v=0\r\no=34020000001310000001 0 0 IN IP4 192.168.1.10\r\ns=Playback\r\n"
                        + "u=34020000001310000001:0\r\nc=IN IP4 192.168.1.10\r\nt=1714521600 1714522200\r\n")
                .endsWith("y=1200000007\r\n");
    }

    @Test
    void refusesAnSsrcOfTheWrongKindOrLength() {
        assertThatThrownBy(() -> SdpOffer.play(CHANNEL, "192.168.1.10", 30000, MediaTransport.UDP, new Ssrc("1200000001")))
                .hasMessage("Play needs a 10-digit SSRC starting with 0, got 1200000001");
        assertThatThrownBy(() -> SdpOffer.play(CHANNEL, "192.168.1.10", 30000, MediaTransport.UDP, new Ssrc("200000001")))
                .hasMessage("Play needs a 10-digit SSRC starting with 0, got 200000001");
        assertThatThrownBy(() -> SdpOffer.play(CHANNEL, "192.168.1.10", 0, MediaTransport.UDP, LIVE))
                .hasMessage("media port must be 1 to 65535, got 0");
    }

    @Test
    void offerReadsBackThroughTheParser() {
        for (MediaTransport transport : MediaTransport.values()) {
            SdpAnswer read = SdpParser.parse(SdpOffer.play(CHANNEL, "10.1.2.3", 30010, transport, LIVE).toSdp());

            assertThat(read.connectionAddress()).isEqualTo("10.1.2.3");
            assertThat(read.port()).isEqualTo(30010);
            assertThat(read.tcp()).isEqualTo(transport != MediaTransport.UDP);
            assertThat(read.payloadTypes()).containsExactly(96, 98, 97);
            assertThat(read.rtpmap()).containsEntry(96, "PS/90000").containsEntry(98, "H264/90000");
            assertThat(read.ssrc()).isEqualTo(LIVE);
        }
    }

    @Test
    void subjectHeader() {
        assertThat(new InviteSubject(CHANNEL, LIVE, "34020000002000000001").headerValue())
                .isEqualTo("34020000001310000001:0200000001,34020000002000000001:0");
    }
}
