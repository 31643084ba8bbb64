package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tables of arrivals ({@code sequence@milliseconds}, or {@code expire@milliseconds}) and what comes
 * out ({@code sequence} for a released packet, {@code L<n>} for n packets given up on), for a buffer
 * of 4 packets and 100 ms.
 */
class RtpReorderBufferTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        in order                  | 1@0 2@0 3@0                          | 1 2 3                 | 0 | 0 | 0 | 0
        the first arrival starts  | 5@0 4@1 6@2                          | 5 6                   | 0 | 0 | 1 | 0
        swapped                   | 1@0 3@1 2@2                          | 1 2 3                 | 0 | 1 | 0 | 0
        wrap at 65535             | 65534@0 65535@0 0@0 1@0              | 65534 65535 0 1       | 0 | 0 | 0 | 0
        swapped across the wrap   | 65535@0 1@0 0@1                      | 65535 0 1             | 0 | 1 | 0 | 0
        loss after the delay      | 1@0 3@10 4@20 expire@109 expire@110  | 1 L1 3 4              | 1 | 0 | 0 | 0
        loss on a later arrival   | 1@0 3@10 5@111                       | 1 L1 3                | 1 | 0 | 0 | 0
        loss beyond the capacity  | 1@0 3@0 4@0 5@0 6@0                  | 1 L1 3 4 5 6          | 1 | 0 | 0 | 0
        two gaps                  | 1@0 3@0 5@0 expire@100               | 1 L1 3 L1 5           | 2 | 0 | 0 | 0
        jump far ahead            | 1@0 2@0 100@5 expire@104 expire@105  | 1 2 L94 L3 100        | 97| 0 | 0 | 0
        duplicate while waiting   | 1@0 3@0 3@1 2@2                      | 1 2 3                 | 0 | 1 | 0 | 1
        duplicate of a released   | 1@0 2@0 1@1                          | 1 2                   | 0 | 0 | 1 | 0
        late after giving up      | 1@0 3@10 expire@110 2@111 4@112      | 1 L1 3 4              | 1 | 0 | 1 | 0
        sender restarts sequence  | 100@0 101@0 5@1 6@2 7@3 8@4 9@5      | 100 101 8 9           | 0 | 0 | 3 | 0
        """)
    void releasesInOrder(String name, String arrivals, String expected, long lost, long reordered, long late,
            long duplicates) {
        RtpReorderBuffer buffer = new RtpReorderBuffer(4, Duration.ofMillis(100));
        List<String> out = new ArrayList<>();
        RtpReorderBuffer.Listener listener = new RtpReorderBuffer.Listener() {
            @Override
            public void packet(RtpPacket packet) {
                out.add(Integer.toString(packet.sequenceNumber()));
            }

            @Override
            public void lost(int count) {
                out.add("L" + count);
            }
        };
        for (String arrival : arrivals.split(" ")) {
            String[] parts = arrival.split("@");
            long nanos = Duration.ofMillis(Long.parseLong(parts[1])).toNanos();
            if (parts[0].equals("expire")) {
                buffer.expire(nanos, listener);
            } else {
                buffer.add(packet(Integer.parseInt(parts[0])), nanos, listener);
            }
        }
        assertEquals(expected, String.join(" ", out));
        assertEquals(List.of(lost, reordered, late, duplicates),
                List.of(buffer.lost(), buffer.reordered(), buffer.late(), buffer.duplicates()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        nothing waits       | 1@0 2@0      | 9223372036854775807
        a gap waits         | 1@0 3@7      | 107
        the oldest counts   | 1@0 4@7 3@50 | 107
        """)
    void nextDeadlineIsWhenTheOldestWaitingPacketGivesUp(String name, String arrivals, long expectedMillis) {
        RtpReorderBuffer buffer = new RtpReorderBuffer(4, Duration.ofMillis(100));
        RtpReorderBuffer.Listener ignore = new RtpReorderBuffer.Listener() {
            @Override
            public void packet(RtpPacket packet) {
            }

            @Override
            public void lost(int count) {
            }
        };
        for (String arrival : arrivals.split(" ")) {
            String[] parts = arrival.split("@");
            buffer.add(packet(Integer.parseInt(parts[0])), Duration.ofMillis(Long.parseLong(parts[1])).toNanos(), ignore);
        }
        long deadline = buffer.nextDeadline();
        assertEquals(expectedMillis, deadline == Long.MAX_VALUE ? deadline : Duration.ofNanos(deadline).toMillis());
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "65535, 0, 1", "0, 65535, -1", "1, 32768, 32767", "40000, 7232, -32768"})
    void sequenceDistanceWraps(int from, int to, int distance) {
        assertEquals(distance, RtpReorderBuffer.distance(from, to));
    }

    private static RtpPacket packet(int sequence) {
        return RtpPacket.of(false, 96, sequence, sequence * 3600L, 1234, new byte[] {(byte) sequence});
    }
}
