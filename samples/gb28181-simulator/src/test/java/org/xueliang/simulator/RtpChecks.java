package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.SocketTimeoutException;
import java.util.List;

/** Assertions on captured RTP packets carrying MPEG-PS, read field by field per RFC 3550. */
final class RtpChecks {

    private RtpChecks() {
    }

    static long markers(List<byte[]> packets) {
        return packets.stream().filter(p -> (p[1] & 0x80) != 0).count();
    }

    static long ffmpegChildren() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("ffmpeg")).orElse(false)).count();
    }

    /** Packets of whole frames: V=2, PT 96, the offered SSRC, consecutive sequence numbers, 25 fps timestamps. */
    static void assertPsOverRtp(List<byte[]> packets, long ssrc) {
        byte[] first = packets.get(0);
        assertThat(first.length).isGreaterThan(16);
        assertThat(new byte[] {first[12], first[13], first[14], first[15]}).as("PS pack header")
                .containsExactly(0, 0, 1, 0xBA - 256);
        boolean frameStart = true;
        long frameTimestamp = -1;
        for (int i = 0; i < packets.size(); i++) {
            byte[] p = packets.get(i);
            assertThat(p[0] & 0xC0).as("RTP version 2").isEqualTo(0x80);
            assertThat(p[1] & 0x7F).as("payload type").isEqualTo(96);
            assertThat(unsigned(p, 8)).as("SSRC").isEqualTo(ssrc);
            assertThat(p.length - 12).isBetween(1, 1400);
            if (i > 0) {
                int previous = ((packets.get(i - 1)[2] & 0xFF) << 8) | (packets.get(i - 1)[3] & 0xFF);
                int sequence = ((p[2] & 0xFF) << 8) | (p[3] & 0xFF);
                assertThat(sequence).as("sequence after %d", previous).isEqualTo((previous + 1) & 0xFFFF);
            }
            long timestamp = unsigned(p, 4);
            if (frameStart) {
                assertThat(new byte[] {p[12], p[13], p[14], p[15]}).as("each frame starts a pack")
                        .containsExactly(0, 0, 1, 0xBA - 256);
                if (frameTimestamp >= 0) {
                    assertThat((timestamp - frameTimestamp) & 0xFFFF_FFFFL).as("90 kHz / 25 fps").isEqualTo(3600);
                }
                frameTimestamp = timestamp;
            } else {
                assertThat(timestamp).as("same timestamp within a frame").isEqualTo(frameTimestamp);
            }
            frameStart = (p[1] & 0x80) != 0;
        }
    }

    /** The stream type in the PSM carried by this packet's payload, or -1 without a PSM. */
    static int psmStreamType(byte[] packet) {
        for (int i = 12; i + 16 < packet.length; i++) {
            if (packet[i] == 0 && packet[i + 1] == 0 && packet[i + 2] == 1 && (packet[i + 3] & 0xFF) == 0xBC) {
                return packet[i + 12] & 0xFF;
            }
        }
        return -1;
    }

    /** After draining what was in flight, nothing more arrives. */
    static void assertSilent(DatagramSocket socket) throws IOException {
        byte[] buffer = new byte[2048];
        socket.setSoTimeout(300);
        try {
            while (true) {
                socket.receive(new DatagramPacket(buffer, buffer.length));
            }
        } catch (SocketTimeoutException drained) {
            // in-flight packets are gone
        }
        socket.setSoTimeout(1000);
        try {
            socket.receive(new DatagramPacket(buffer, buffer.length));
            throw new AssertionError("RTP still arriving after BYE");
        } catch (SocketTimeoutException expected) {
            // silent
        }
    }

    private static long unsigned(byte[] p, int offset) {
        return ((long) (p[offset] & 0xFF) << 24) | ((p[offset + 1] & 0xFF) << 16) | ((p[offset + 2] & 0xFF) << 8)
                | (p[offset + 3] & 0xFF);
    }
}
