package org.xueliang.simulator.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SipParserTest {

    private static SipMessage parse(String text) {
        return SipParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of("full names", """
                        MESSAGE sip:34020000001320000001@3402000000 SIP/2.0\r
                        Via: SIP/2.0/UDP 10.0.0.1:5060;rport;branch=z9hG4bK1\r
                        From: <sip:34020000002000000001@3402000000>;tag=a\r
                        To: <sip:34020000001320000001@3402000000>\r
                        Call-ID: c1@10.0.0.1\r
                        CSeq: 20 MESSAGE\r
                        Content-Type: Application/MANSCDP+xml\r
                        Content-Length: 5\r
                        \r
                        <a/>
                        """, "MESSAGE", "c1@10.0.0.1", 20, "<a/>\n"),
                Arguments.of("compact forms, LF only", """
                        MESSAGE sip:x@d SIP/2.0
                        v: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK2
                        f: <sip:a@d>;tag=b
                        t: <sip:x@d>
                        i: compact-1
                        CSeq: 7 MESSAGE
                        c: Application/MANSCDP+xml
                        l: 3

                        abc""", "MESSAGE", "compact-1", 7, "abc"),
                Arguments.of("folded header, no Content-Length on UDP", """
                        OPTIONS sip:x@d SIP/2.0\r
                        Via: SIP/2.0/UDP 10.0.0.1:5060;\r
                         branch=z9hG4bK3\r
                        Call-ID: fold\r
                        CSeq: 1 OPTIONS\r
                        \r
                        rest""", "OPTIONS", "fold", 1, "rest"),
                Arguments.of("leading CRLF keepalive before the request", "\r\n\r\nBYE sip:x@d SIP/2.0\r\n"
                        + "Call-ID: b\r\nCSeq: 3 BYE\r\nContent-Length: 0\r\n\r\n", "BYE", "b", 3, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void parsesRequests(String name, String text, String method, String callId, long cseq, String body) {
        SipMessage message = parse(text);
        assertThat(message.isRequest()).isTrue();
        assertThat(message.method()).isEqualTo(method);
        assertThat(message.callId()).isEqualTo(callId);
        assertThat(message.cseq().number()).isEqualTo(cseq);
        assertThat(new String(message.body(), StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void foldedValueIsJoinedAndCompactNamesAreExpanded() {
        SipMessage message = parse("OPTIONS sip:x@d SIP/2.0\r\nv: SIP/2.0/UDP h;\r\n branch=z9hG4bKf\r\n"
                + "i: x\r\nCSeq: 1 OPTIONS\r\n\r\n");
        assertThat(message.header("Via")).contains("SIP/2.0/UDP h; branch=z9hG4bKf");
        assertThat(message.headers().get(0).name()).isEqualTo("Via");
        assertThat(message.header("call-id")).contains("x");
    }

    @Test
    void parsesStatusLineWithMultiWordReason() {
        SipMessage response = parse("SIP/2.0 401 Unauthorized Now\r\nCall-ID: r\r\nCSeq: 1 REGISTER\r\n"
                + "WWW-Authenticate: Digest realm=\"3402000000\", nonce=\"n\"\r\nContent-Length: 0\r\n\r\n");
        assertThat(response.isRequest()).isFalse();
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.reasonPhrase()).isEqualTo("Unauthorized Now");
        assertThat(response.method()).isEqualTo("REGISTER");
    }

    static Stream<Arguments> roundTrips() {
        return Stream.of(
                Arguments.of(SipMessage.request("REGISTER", "sip:34020000002000000001@3402000000")
                        .header("Via", "SIP/2.0/UDP 192.168.1.10:5060;rport;branch=z9hG4bKabc")
                        .header("From", "<sip:34020000001320000001@3402000000>;tag=1")
                        .header("To", "<sip:34020000001320000001@3402000000>")
                        .header("Call-ID", "r@192.168.1.10").header("CSeq", "1 REGISTER")
                        .header("Expires", "3600").header("X-GB-Ver", "3.0").build()),
                Arguments.of(SipMessage.response(200, "OK").header("Call-ID", "m").header("CSeq", "2 MESSAGE")
                        .body("Application/MANSCDP+xml", "<?xml version=\"1.0\"?><Notify/>".getBytes(StandardCharsets.UTF_8))
                        .build()),
                Arguments.of(SipMessage.request("MESSAGE", "sip:a@b").header("Call-ID", "gb")
                        .header("CSeq", "3 MESSAGE")
                        .body("Application/MANSCDP+xml", "<Name>东门口1号</Name>".getBytes(java.nio.charset.Charset.forName("GB2312")))
                        .build()));
    }

    @ParameterizedTest
    @MethodSource("roundTrips")
    void encodeThenParseGivesTheSameMessage(SipMessage original) {
        byte[] wire = original.encode();
        SipMessage parsed = SipParser.parse(wire);
        assertThat(parsed.startLine()).isEqualTo(original.startLine());
        assertThat(parsed.body()).isEqualTo(original.body());
        assertThat(parsed.headers()).containsSubsequence(original.headers());
        assertThat(parsed.header("Content-Length")).contains(String.valueOf(original.bodyLength()));
        assertThat(parsed.encode()).isEqualTo(wire);
    }

    @Test
    void responseToCopiesTransactionHeadersAndAddsToTagOnce() {
        SipMessage request = parse("MESSAGE sip:x@d SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\n"
                + "Via: SIP/2.0/UDP b;branch=z9hG4bK2\r\nFrom: <sip:p@d>;tag=f\r\nTo: <sip:x@d>\r\n"
                + "Call-ID: q\r\nCSeq: 9 MESSAGE\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n");
        SipMessage ok = request.responseTo(200, "OK", "t1").build();
        assertThat(ok.headerValues("Via")).containsExactly("SIP/2.0/UDP a;branch=z9hG4bK1", "SIP/2.0/UDP b;branch=z9hG4bK2");
        assertThat(ok.header("To")).contains("<sip:x@d>;tag=t1");
        assertThat(ok.header("Content-Type")).isEmpty();
        SipMessage again = SipParser.parse(ok.encode()).responseTo(200, "OK", "t2").build();
        assertThat(again.header("To")).contains("<sip:x@d>;tag=t1");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("INVITE sip:x SIP/2.0\r\nCall-ID: a\r\n", "no empty line after the headers"),
                Arguments.of("HELLO\r\n\r\n", "start line must have 3 parts"),
                Arguments.of("INVITE sip:x HTTP/1.1\r\n\r\n", "must be 'METHOD uri SIP/2.0'"),
                Arguments.of("SIP/2.0 99 Odd\r\n\r\n", "status code must be 100..699"),
                Arguments.of("BYE sip:x SIP/2.0\r\nNoColonHere\r\n\r\n", "has no name before ':'"),
                Arguments.of("BYE sip:x SIP/2.0\r\nContent-Length: 10\r\n\r\nabc", "Content-Length 10 but 3 bytes"),
                Arguments.of("BYE sip:x SIP/2.0\r\nContent-Length: -1\r\n\r\n", "non-negative integer, got '-1'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsMalformedMessagesWithAReason(String text, String reason) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(SipProtocolException.class).hasMessageContaining(reason);
    }

    @Test
    void missingRequiredHeaderIsNamed() {
        SipMessage message = parse("BYE sip:x SIP/2.0\r\nCSeq: 1 BYE\r\n\r\n");
        assertThatThrownBy(message::callId).hasMessageContaining("has no Call-ID header");
        assertThatThrownBy(() -> CSeq.parse("x BYE")).hasMessageContaining("must be an integer, got 'x'");
    }
}
