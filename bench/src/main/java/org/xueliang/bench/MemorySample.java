package org.xueliang.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The process's memory at one moment, in bytes, after a full collection: resident set, Java heap
 * used and committed, the JVM's other committed pools (metaspace, code cache), and what is left of
 * the resident set besides the committed heap, mostly native memory (FFmpeg, OpenCV, malloc arenas,
 * thread stacks).
 */
record MemorySample(long rss, long heapUsed, long heapCommitted, long nonHeapCommitted) {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1024 * 1024;

    /** Collects garbage, then measures. */
    static MemorySample afterGc() {
        System.gc();
        return new MemorySample(ProcSelf.rssBytes(), MEMORY.getHeapMemoryUsage().getUsed(),
                MEMORY.getHeapMemoryUsage().getCommitted(), MEMORY.getNonHeapMemoryUsage().getCommitted());
    }

    long nativeBytes() {
        return rss - heapCommitted;
    }

    static double mb(long bytes) {
        return bytes / MB;
    }
}
