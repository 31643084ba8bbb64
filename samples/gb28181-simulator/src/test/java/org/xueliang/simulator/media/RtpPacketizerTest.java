package org.xueliang.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RtpPacketizerTest {

    /** Collects copies of what would go on the wire. */
    static final class CollectingSink implements RtpSink {
        final List<byte[]> packets = new ArrayList<>();

        @Override
        public void send(byte[] packet, int length) {
            packets.add(Arrays.copyOf(packet, length));
        }

        @Override
        public String describe() {
            return "memory";
        }

        @Override
        public void close() {
        }
    }

    private static int sequence(byte[] packet) {
        return ((packet[2] & 0xFF) << 8) | (packet[3] & 0xFF);
    }

    private static long unsigned32(byte[] packet, int offset) {
        return ((long) (packet[offset] & 0xFF) << 24) | ((packet[offset + 1] & 0xFF) << 16)
                | ((packet[offset + 2] & 0xFF) << 8) | (packet[offset + 3] & 0xFF);
    }

    private static boolean marker(byte[] packet) {
        return (packet[1] & 0x80) != 0;
    }

    @Test
    void framesBecomePacketsWithIncreasingSequenceMarkerAtFrameEndAndPayloadsThatConcatenateBack() throws Exception {
        Random random = new Random(7);
        int[] sizes = {1, 1399, 1400, 1401, 2800, 50_000, 65_600};
        List<byte[]> frames = new ArrayList<>();
        for (int size : sizes) {
            byte[] frame = new byte[size];
            random.nextBytes(frame);
            frames.add(frame);
        }
        CollectingSink sink = new CollectingSink();
        RtpPacketizer packetizer = new RtpPacketizer(123_456_789L, 96, 1400, 65_530); // wraps past 65535
        long timestamp = 4_294_960_000L;                                               // wraps past 2^32
        List<Integer> packetCounts = new ArrayList<>();
        for (byte[] frame : frames) {
            packetCounts.add(packetizer.packetize(frame, timestamp, sink));
            timestamp += 3600;
        }

        int index = 0;
        int expectedSequence = 65_530;
        for (int f = 0; f < frames.size(); f++) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            assertThat(packetCounts.get(f)).isEqualTo((sizes[f] + 1399) / 1400);
            for (int p = 0; p < packetCounts.get(f); p++, index++) {
                byte[] packet = sink.packets.get(index);
                assertThat(packet[0] & 0xFF).as("V=2, no padding/extension/CSRC").isEqualTo(0x80);
                assertThat(packet[1] & 0x7F).isEqualTo(96);
                assertThat(sequence(packet)).isEqualTo(expectedSequence);
                expectedSequence = (expectedSequence + 1) & 0xFFFF;
                assertThat(unsigned32(packet, 4)).isEqualTo((4_294_960_000L + 3600L * f) & 0xFFFF_FFFFL);
                assertThat(unsigned32(packet, 8)).isEqualTo(123_456_789L);
                assertThat(marker(packet)).isEqualTo(p == packetCounts.get(f) - 1);
                assertThat(packet.length - RtpPacketizer.HEADER_LENGTH).isBetween(1, 1400);
                payload.write(packet, RtpPacketizer.HEADER_LENGTH, packet.length - RtpPacketizer.HEADER_LENGTH);
            }
            assertThat(payload.toByteArray()).isEqualTo(frames.get(f));
        }
        assertThat(sink.packets).hasSize(index);
        assertThat(packetizer.nextSequence()).isEqualTo(expectedSequence);
    }

    @Test
    void ssrcAbove2To31IsWrittenUnsigned() throws Exception {
        CollectingSink sink = new CollectingSink();
        new RtpPacketizer(3_000_000_000L, 96, 1400, 0).packetize(new byte[10], 0, sink);
        assertThat(unsigned32(sink.packets.get(0), 8)).isEqualTo(3_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 128})
    void rejectsInvalidPayloadTypes(int payloadType) {
        assertThatThrownBy(() -> new RtpPacketizer(1, payloadType, 1400, 0))
                .hasMessageContaining("payload type must be 0..127, got " + payloadType);
    }
}
