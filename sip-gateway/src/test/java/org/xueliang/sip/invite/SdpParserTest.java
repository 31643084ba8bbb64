package org.xueliang.sip.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdpParserTest {

    @Test
    void udpAnswerOfACamera() {
        // Shape of a typical IPC answer: PS only, sendonly, its own address, the offered SSRC echoed.
        String sdp = """
                v=0
                o=34020000001310000001 0 0 IN IP4 192.168.1.64
                s=Play
                c=IN IP4 192.168.1.64
                t=0 0
                m=video 15060 RTP/AVP 96
                a=sendonly
                a=rtpmap:96 PS/90000
                y=0200000001
                f=
                """;

        assertThat(SdpParser.parse(sdp)).isEqualTo(new SdpAnswer("Play", "192.168.1.64", 15060, false, null, List.of(96),
                Map.of(96, "PS/90000"), new Ssrc("0200000001")));
    }

    @Test
    void tcpActiveAnswerWithAudioFirstAndMediaLevelAddress() {
        String sdp = "v=0\r\no=34020000001320000001 0 0 IN IP4 10.0.0.2\r\ns=Play\r\nc=IN IP4 10.0.0.2\r\nt=0 0\r\n"
                + "m=audio 15062 RTP/AVP 8\r\nc=IN IP4 10.0.0.3\r\na=rtpmap:8 PCMA/8000\r\n"
                + "m=video 15064 TCP/RTP/AVP 96 98\r\nc=IN IP4 10.0.0.4\r\na=setup:active\r\na=connection:new\r\n"
                + "a=rtpmap:96 PS/90000\r\na=rtpmap:98 H264/90000\r\ny=0200000002\r\n";

        SdpAnswer answer = SdpParser.parse(sdp);

        assertThat(answer.connectionAddress()).isEqualTo("10.0.0.4");
        assertThat(answer.port()).isEqualTo(15064);
        assertThat(answer.tcp()).isTrue();
        assertThat(answer.setup()).isEqualTo("active");
        assertThat(answer.payloadTypes()).containsExactly(96, 98);
        assertThat(answer.rtpmap()).isEqualTo(Map.of(96, "PS/90000", 98, "H264/90000"));
        assertThat(answer.ssrc().rtpValue()).isEqualTo(200_000_002L);
    }

    @Test
    void answerWithoutSsrcAndWithOddTcpSpelling() {
        SdpAnswer answer = SdpParser.parse("v=0\ns=Play\nc=IN IP4 10.0.0.2\nm=video 9 RTP/AVP/TCP 96\n");

        assertThat(answer.tcp()).isTrue();
        assertThat(answer.ssrc()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                   | SDP: empty",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=audio 8000 RTP/AVP 8  | SDP: no m=video line",
        "v=0\\ns=Play\\nm=video 8000 RTP/AVP 96                    | SDP: no c= line for the session or the video stream",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=video abc RTP/AVP 96  | SDP line 4: m= port must be a number, got \"abc\"",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=video 0 RTP/AVP 96    | SDP line 4: m=video port is 0: the device refused the video stream",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=video 8000 UDP/TLS 96 | SDP line 4: m= transport must be RTP/AVP or TCP/RTP/AVP, got \"UDP/TLS\"",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=video 8000 RTP/AVP ps | SDP line 4: payload type must be 0 to 127, got \"ps\"",
        "v=0\\ns=Play\\nc=IN IP4 1.2.3.4\\nm=video 8000 RTP/AVP    | SDP line 4: m= must be video <port> <transport> <payload types>, got \"video 8000 RTP/AVP\"",
        "v=0\\ns=Play\\nc=IN 1.2.3.4\\nm=video 8000 RTP/AVP 96     | SDP line 3: c= must be IN IP4 <address>, got \"IN 1.2.3.4\"",
        "v=0\\nsPlay\\n                                            | SDP line 2: expected <type>=<value>, got \"sPlay\"",
        "v=0\\nc=IN IP4 1.2.3.4\\nm=video 8000 RTP/AVP 96\\na=rtpmap:96 PS | SDP line 4: a=rtpmap must be <payload type> <encoding>/<clock rate>, got \"rtpmap:96 PS\"",
        "v=0\\nc=IN IP4 1.2.3.4\\nm=video 8000 RTP/AVP 96\\ny=abc | SDP line 4: y= SSRC must be up to 10 decimal digits, got \"abc\"",
        "v=0\\nc=IN IP4 1.2.3.4\\nm=video 8000 RTP/AVP 96\\ny=9999999999 | SDP line 4: y= SSRC must fit 32 bits (at most 4294967295), got 9999999999",
    })
    void refusesWithLineAndValue(String sdp, String message) {
        assertThatThrownBy(() -> SdpParser.parse(sdp.replace("\\n", "\n"))).isInstanceOf(SdpParseException.class)
                .hasMessage(message);
    }

    @Test
    void mutatedAnswersOnlyEverFailAsSdpParseException() {
        String seed = SdpOffer.play("34020000001310000001", "10.1.2.3", 30000, MediaTransport.TCP_PASSIVE,
                new Ssrc("0200000001")).toSdp();
        String alphabet = "=\r\n /:0123456789avmcyIPN";
        java.util.Random random = new java.util.Random(4571);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sdp = new StringBuilder(seed);
            for (int e = 1 + random.nextInt(3); e > 0 && sdp.length() > 0; e--) {
                int at = random.nextInt(sdp.length());
                if (random.nextBoolean()) {
                    sdp.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    sdp.deleteCharAt(at);
                }
            }
            try {
                SdpParser.parse(sdp.toString());
            } catch (SdpParseException e) {
                assertThat(e.getMessage()).startsWith("SDP");
            }
        }
    }
}
