package org.xueliang.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.gateway.SipReply;
import org.xueliang.sip.gateway.SipRequest;

/** Broken requests over a real socket are answered 400 (or dropped by the stack), and the transport keeps working. */
class MalformedRequestIT {
    private final List<SipRequest> handled = new CopyOnWriteArrayList<>();
    private JainSipTransport transport;
    private DatagramSocket device;

    @BeforeEach
    void start() throws Exception {
        transport = new JainSipTransport(new JainSipSettings("127.0.0.1", SippIT.freePort(), "34020000002000000001",
                "3402000000", 1));
        transport.start(request -> {
            handled.add(request);
            if (request.method().equals("MESSAGE")) {
                throw new IllegalStateException("a handler bug");
            }
            return SipReply.of(200, "OK");
        });
        device = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        device.setSoTimeout(3000);
    }

    @AfterEach
    void stop() {
        device.close();
        transport.close();
    }

    @Test
    void aFromWithoutUserIsABadRequest() throws Exception {
        String reply = exchange(request("OPTIONS", "<sip:3402000000>;tag=a1", "b1"));

        assertThat(reply).startsWith("SIP/2.0 400 ");
        assertThat(handled).isEmpty();
    }

    @Test
    void garbageIsDroppedAndTheNextRequestIsAnswered() throws Exception {
        send("this is not SIP at all\r\n\r\n");
        send("OPTIONS sip:x SIP/2.0\r\nCSeq: banana\r\n\r\n");

        String reply = exchange(request("OPTIONS", "<sip:34020000001320000001@3402000000>;tag=a2", "b2"));

        assertThat(reply).startsWith("SIP/2.0 200 OK");
        assertThat(handled).singleElement().satisfies(request -> {
            assertThat(request.fromUser()).isEqualTo("34020000001320000001");
            assertThat(request.source().port()).isEqualTo(device.getLocalPort());
        });
    }

    @Test
    void aHandlerFailureIsAServerErrorNotACrash() throws Exception {
        assertThat(exchange(request("MESSAGE", "<sip:34020000001320000001@3402000000>;tag=a3", "b3")))
                .startsWith("SIP/2.0 500 ");
        assertThat(exchange(request("OPTIONS", "<sip:34020000001320000001@3402000000>;tag=a4", "b4")))
                .startsWith("SIP/2.0 200 OK");
    }

    private String request(String method, String from, String branch) {
        return method + " sip:34020000002000000001@3402000000 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + device.getLocalPort() + ";rport;branch=z9hG4bK" + branch + "\r\n"
                + "From: " + from + "\r\n"
                + "To: <sip:34020000002000000001@3402000000>\r\n"
                + "Call-ID: " + branch + "@127.0.0.1\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    private void send(String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        device.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), transport.port()));
    }

    private String exchange(String text) throws Exception {
        send(text);
        byte[] buffer = new byte[4096];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            device.receive(packet);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer to\n" + text);
        }
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.US_ASCII);
    }
}
