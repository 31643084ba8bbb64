package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.MediaTransport;

/** The receiver on real loopback sockets. */
class RtpReceiverTest {
    private static RtpEventLoops group;

    @BeforeAll
    static void startEventLoops() {
        group = RtpEventLoops.create(1);
    }

    @AfterAll
    static void stopEventLoops() {
        group.close();
    }

    @Test
    void udpPacketsOfTheExpectedSsrcAreQueuedOthersCounted() throws Exception {
        RtpPacketQueue queue = new RtpPacketQueue(16);
        int port = freePort();
        try (RtpReceiver receiver = RtpReceiver.start(group, MediaTransport.UDP, port, queue);
             DatagramSocket socket = new DatagramSocket()) {
            receiver.expectSsrc(200000001L);
            send(socket, port, RtpPacket.of(false, 96, 1, 0, 200000001L, new byte[] {1}).encode());
            send(socket, port, RtpPacket.of(false, 96, 2, 0, 999, new byte[] {2}).encode());
            send(socket, port, new byte[] {1, 2, 3});
            send(socket, port, RtpPacket.of(true, 96, 3, 0, 200000001L, new byte[1400]).encode());

            assertEquals(1, queue.poll(5, TimeUnit.SECONDS).packet().sequenceNumber());
            ReceivedPacket last = queue.poll(5, TimeUnit.SECONDS);
            assertEquals(3, last.packet().sequenceNumber());
            assertEquals(1400, last.packet().payload().length);
            Await.until(Duration.ofSeconds(5), () -> receiver.malformed() == 1, () -> "malformed " + receiver.malformed());
            assertEquals(2, receiver.packets());
            assertEquals(1, receiver.wrongSsrc());
            assertEquals(999, receiver.lastWrongSsrc());
        }
    }

    @Test
    void tcpPassiveAcceptsTheDevicesConnectionAndClosesItWhenFramingBreaks() throws Exception {
        RtpPacketQueue queue = new RtpPacketQueue(16);
        int port = freePort();
        try (RtpReceiver receiver = RtpReceiver.start(group, MediaTransport.TCP_PASSIVE, port, queue);
             Socket device = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = device.getOutputStream();
            out.write(Rfc4571FrameDecoderTest.framed(RtpPacket.of(false, 96, 7, 0, 5, new byte[3000]).encode(),
                    RtpPacket.of(true, 96, 8, 0, 5, new byte[10]).encode()));
            out.flush();

            assertEquals(7, queue.poll(5, TimeUnit.SECONDS).packet().sequenceNumber());
            assertEquals(8, queue.poll(5, TimeUnit.SECONDS).packet().sequenceNumber());
            assertEquals(1, receiver.connections());

            out.write(new byte[] {0, 0, 1, 2, 3});
            out.flush();
            device.setSoTimeout(5000);
            InputStream in = device.getInputStream();
            assertEquals(-1, in.read(), "the receiver closes a connection whose framing broke");
            assertEquals(1, receiver.malformed());
        }
    }

    @Test
    void aPortInUseIsReportedAndClosingFreesIt() throws Exception {
        RtpPacketQueue queue = new RtpPacketQueue(4);
        int port = freePort();
        RtpReceiver first = RtpReceiver.start(group, MediaTransport.UDP, port, queue);
        IOException e = assertThrows(IOException.class, () -> RtpReceiver.start(group, MediaTransport.UDP, port, queue));
        assertTrue(e.getMessage().startsWith("could not bind UDP port " + port + ": "), e.getMessage());
        first.close();
        first.close();
        // NIO releases a closed socket when its selector next wakes: the port frees up shortly after
        RtpReceiver[] again = new RtpReceiver[1];
        Await.until(Duration.ofSeconds(5), () -> {
            try {
                again[0] = RtpReceiver.start(group, MediaTransport.UDP, port, queue);
                return true;
            } catch (IOException stillBound) {
                return false;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", interrupted);
            }
        }, () -> "port " + port + " still bound after close");
        assertNotNull(again[0]);
        again[0].close();
    }

    private static void send(DatagramSocket socket, int port, byte[] bytes) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), port));
    }

    static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(probe.getLocalPort())) {
            return probe.getLocalPort();
        }
    }
}
