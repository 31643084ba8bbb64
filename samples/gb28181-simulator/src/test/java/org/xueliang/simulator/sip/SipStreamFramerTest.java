package org.xueliang.simulator.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SipStreamFramerTest {

    private static final byte[] FIRST = SipMessage.request("MESSAGE", "sip:a@b").header("Call-ID", "1")
            .header("CSeq", "1 MESSAGE").body("text/plain", "hello\r\n\r\nworld".getBytes(StandardCharsets.UTF_8))
            .build().encode();
    private static final byte[] SECOND = SipMessage.response(200, "OK").header("Call-ID", "2")
            .header("CSeq", "2 REGISTER").build().encode();

    private static byte[] stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)); // keepalive ping first
        out.writeBytes(FIRST);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(SECOND);
        return out.toByteArray();
    }

    @Test
    void cutsTheSameMessagesWhateverTheChunking() {
        byte[] data = stream();
        for (int chunk = 1; chunk <= data.length; chunk++) {
            SipStreamFramer framer = new SipStreamFramer();
            List<SipMessage> messages = new ArrayList<>();
            for (int offset = 0; offset < data.length; offset += chunk) {
                messages.addAll(framer.feed(data, offset, Math.min(chunk, data.length - offset)));
            }
            assertThat(messages).as("chunk size %d", chunk).hasSize(2);
            assertThat(messages.get(0).callId()).isEqualTo("1");
            assertThat(new String(messages.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("hello\r\n\r\nworld");
            assertThat(messages.get(1).statusCode()).isEqualTo(200);
            assertThat(framer.pendingBytes()).isZero();
        }
    }

    @Test
    void waitsForTheWholeBody() {
        SipStreamFramer framer = new SipStreamFramer();
        assertThat(framer.feed(FIRST, 0, FIRST.length - 1)).isEmpty();
        assertThat(framer.feed(FIRST, FIRST.length - 1, 1)).hasSize(1);
    }

    @Test
    void refusesAHeaderThatNeverEnds() {
        SipStreamFramer framer = new SipStreamFramer();
        byte[] junk = new byte[SipStreamFramer.MAX_MESSAGE_BYTES + 1];
        java.util.Arrays.fill(junk, (byte) 'a');
        assertThatThrownBy(() -> framer.feed(junk, 0, junk.length))
                .isInstanceOf(SipProtocolException.class).hasMessageContaining("out of sync");
    }
}
