package org.xueliang.server.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xueliang.alerts.metrics.ServerMetrics;

/** The threads that analyse frames of every channel: as many as there are cores. */
public final class AnalysisPool {
    /** At most one drain task per channel is queued, so this bounds channels, not frames. */
    private static final int QUEUE_CAPACITY = 16_384;

    private AnalysisPool() {
    }

    /** A pool of one thread per core, whose queue length is exported as a gauge. */
    public static ExecutorService sizedToCores(ServerMetrics metrics) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "analysis-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), factory, new ThreadPoolExecutor.AbortPolicy());
        metrics.gauge("xl_analysis_queue", "channels waiting for an analysis thread", () -> pool.getQueue().size());
        return pool;
    }
}
