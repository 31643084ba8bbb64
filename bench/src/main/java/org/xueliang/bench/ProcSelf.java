package org.xueliang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's {@code /proc/self} tells about this JVM: CPU time of the process and of its
 * waited-for children, and resident memory. CPU times are in nanoseconds.
 */
final class ProcSelf {
    /** USER_HZ, the unit of {@code /proc/<pid>/stat} times; 100 on every Linux build the bench runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcSelf() {
    }

    /** CPU time, user and system, of the calling thread. */
    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** CPU time, user and system, of all threads of this process. */
    static long processCpuNanos() {
        String[] fields = statFields();
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * NANOS_PER_TICK;
    }

    /**
     * CPU time, user and system, of the child processes that ended and were waited for (the JVM
     * waits for every {@link Process}); take the difference around one child's run.
     */
    static long childrenCpuNanos() {
        String[] fields = statFields();
        return (Long.parseLong(fields[15]) + Long.parseLong(fields[16])) * NANOS_PER_TICK;
    }

    /** Resident set size ({@code VmRSS}) in bytes. */
    static long rssBytes() {
        for (String line : read(Path.of("/proc/self/status")).split("\n")) {
            if (line.startsWith("VmRSS:")) {
                // "VmRSS:	  123456 kB"
                return Long.parseLong(line.substring(6).trim().split("\\s+")[0]) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS line in /proc/self/status");
    }

    /** Fields of {@code /proc/self/stat} after the command name, numbered as in proc(5) from 0 for the pid. */
    private static String[] statFields() {
        String stat = read(Path.of("/proc/self/stat"));
        // the command name is in parentheses and may hold spaces: count fields after its closing one
        String rest = stat.substring(stat.lastIndexOf(')') + 2);
        String[] after = rest.trim().split(" ");
        String[] fields = new String[after.length + 2];
        System.arraycopy(after, 0, fields, 2, after.length);
        return fields;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("this benchmark needs Linux's " + path, e);
        }
    }
}
