package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaPortPoolTest {

    @Test
    void handsOutEachPortOnceRoundRobin() {
        MediaPortPool pool = new MediaPortPool(30000, 30002);

        assertEquals(OptionalInt.of(30000), pool.allocate());
        assertEquals(OptionalInt.of(30001), pool.allocate());
        pool.release(30000);
        assertEquals(OptionalInt.of(30002), pool.allocate());
        assertEquals(OptionalInt.of(30000), pool.allocate());
        assertEquals(OptionalInt.empty(), pool.allocate());
        assertEquals(3, pool.inUse());
        pool.release(30001);
        assertEquals(OptionalInt.of(30001), pool.allocate());
    }

    @Test
    void refusesToReleaseAPortNotHandedOut() {
        MediaPortPool pool = new MediaPortPool(30000, 30009);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pool.release(30004));
        assertEquals("port 30004 is not allocated from 30000-30009", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "10, 9", "65000, 65536"})
    void refusesABadRange(int from, int to) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MediaPortPool(from, to));
        assertEquals("media port range must satisfy 1 <= from <= to <= 65535, got " + from + "-" + to, e.getMessage());
    }
}
