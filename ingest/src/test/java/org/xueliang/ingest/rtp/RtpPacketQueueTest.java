package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RtpPacketQueueTest {

    @Test
    void dropsTheOldestWhenFullAndCountsThem() throws InterruptedException {
        RtpPacketQueue queue = new RtpPacketQueue(2);
        for (int sequence = 1; sequence <= 5; sequence++) {
            queue.offer(RtpPacket.of(false, 96, sequence, 0, 1, new byte[0]), sequence);
        }

        assertEquals(3, queue.dropped());
        assertEquals(2, queue.size());
        ReceivedPacket first = queue.poll(0);
        assertEquals(4, first.packet().sequenceNumber());
        assertEquals(4, first.arrivalNanos());
        assertEquals(5, queue.poll(0).packet().sequenceNumber());
    }

    @Test
    void pollWaitsForAPacketOrTheTimeout() throws InterruptedException {
        RtpPacketQueue queue = new RtpPacketQueue(4);
        long start = System.nanoTime();
        assertNull(queue.poll(50, TimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50));

        Thread producer = new Thread(() -> queue.offer(RtpPacket.of(false, 96, 9, 0, 1, new byte[0]), 0));
        producer.start();
        assertEquals(9, queue.poll(5, TimeUnit.SECONDS).packet().sequenceNumber());
        producer.join();
    }
}
