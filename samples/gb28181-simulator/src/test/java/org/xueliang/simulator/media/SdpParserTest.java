package org.xueliang.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SdpParserTest {

    private static String offer(String media, String... attributes) {
        return "v=0\r\no=34020000001310000001 0 0 IN IP4 10.1.2.3\r\ns=Play\r\nc=IN IP4 10.1.2.3\r\nt=0 0\r\n"
                + "m=" + media + "\r\n" + String.join("\r\n", attributes) + "\r\ny=0200000001\r\nf=\r\n";
    }

    static Stream<Arguments> offers() {
        return Stream.of(
                Arguments.of(offer("video 30000 RTP/AVP 96 98 97", "a=recvonly", "a=rtpmap:96 PS/90000",
                        "a=rtpmap:98 H264/90000", "a=rtpmap:97 MPEG4/90000"), MediaTransport.UDP, 30000, 96),
                Arguments.of(offer("video 30002 TCP/RTP/AVP 96", "a=recvonly", "a=rtpmap:96 PS/90000",
                        "a=setup:passive", "a=connection:new"), MediaTransport.TCP_PASSIVE, 30002, 96),
                Arguments.of(offer("video 30004 TCP/RTP/AVP 96", "a=rtpmap:96 PS/90000", "a=setup:active"),
                        MediaTransport.TCP_ACTIVE, 30004, 96),
                Arguments.of(offer("video 30006 TCP/RTP/AVP 96", "a=rtpmap:96 PS/90000"), MediaTransport.TCP_PASSIVE, 30006, 96),
                Arguments.of(offer("video 30008 RTP/AVP 100 101", "a=rtpmap:101 PS/90000", "a=rtpmap:100 H264/90000"),
                        MediaTransport.UDP, 30008, 101),
                Arguments.of(offer("video 30010 RTP/AVP 96"), MediaTransport.UDP, 30010, 96));
    }

    @ParameterizedTest
    @MethodSource("offers")
    void readsTransportPortPayloadTypeAndSsrc(String sdp, MediaTransport transport, int port, int payloadType) {
        SdpOffer offer = SdpParser.parse(sdp);
        assertThat(offer.transport()).isEqualTo(transport);
        assertThat(offer.port()).isEqualTo(port);
        assertThat(offer.psPayloadType()).isEqualTo(payloadType);
        assertThat(offer.connectionAddress()).isEqualTo("10.1.2.3");
        assertThat(offer.ssrc()).isEqualTo("0200000001");
        assertThat(offer.ssrcValue()).isEqualTo(200_000_001L);
        assertThat(offer.sessionName()).isEqualTo("Play");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("v=0\r\nc=IN IP4 1.2.3.4\r\ny=1\r\n", "no m=video line"),
                Arguments.of(offer("video 0 RTP/AVP 96", "a=rtpmap:96 PS/90000"), "port must be 1..65535, got '0'"),
                Arguments.of(offer("video 5000 RTP/SAVP 96", "a=rtpmap:96 PS/90000"), "got 'RTP/SAVP'"),
                Arguments.of(offer("video 5000 RTP/AVP 98", "a=rtpmap:98 H264/90000"), "does not offer PS/90000 among payload types 98"),
                Arguments.of(offer("video 5000 RTP/AVP 96", "a=rtpmap:96 PS/90000").replace("y=0200000001", "y=abc"),
                        "y= SSRC must be decimal digits, got 'abc'"),
                Arguments.of(offer("video 5000 RTP/AVP 96", "a=rtpmap:96 PS/90000").replace("c=IN IP4 10.1.2.3\r\n", ""),
                        "needs 'c=IN IP4 <address>'"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesOffersItCannotAnswer(String sdp, String reason) {
        assertThatThrownBy(() -> SdpParser.parse(sdp)).isInstanceOf(SdpException.class).hasMessageContaining(reason);
    }

    @Test
    void answerIsSendonlyPsWithTheSameSsrcAndTheOppositeTcpRole() {
        SdpOffer passive = SdpParser.parse(offer("video 30002 TCP/RTP/AVP 96", "a=rtpmap:96 PS/90000", "a=setup:passive"));
        String answer = SdpAnswer.build(passive, "34020000001310000001", "10.9.9.9", 40000);
        assertThat(answer.split("\r\n")).containsExactly(
                "v=0", "o=34020000001310000001 0 0 IN IP4 10.9.9.9", "s=Play", "c=IN IP4 10.9.9.9", "t=0 0",
                "m=video 40000 TCP/RTP/AVP 96", "a=sendonly", "a=rtpmap:96 PS/90000", "a=setup:active",
                "a=connection:new", "y=0200000001");
        SdpOffer udp = SdpParser.parse(offer("video 30000 RTP/AVP 96", "a=rtpmap:96 PS/90000"));
        assertThat(SdpAnswer.build(udp, "c", "1.1.1.1", 5)).contains("m=video 5 RTP/AVP 96\r\n").doesNotContain("setup");
    }
}
