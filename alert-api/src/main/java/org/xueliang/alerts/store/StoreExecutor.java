package org.xueliang.alerts.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded pool on which all JDBC work runs, so that no event loop ever waits for the
 * database. When its queue is full, work fails at once with {@link StoreBusyException}
 * instead of piling up.
 */
public final class StoreExecutor implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    /**
     * @param threads       worker threads; no use having more than the connection pool size
     * @param queueCapacity work items that may wait for a thread
     */
    public StoreExecutor(int threads, int queueCapacity) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("store executor needs at least 1 thread and 1 queue slot, got "
                    + threads + " threads and " + queueCapacity + " slots");
        }
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), threadFactory(), new ThreadPoolExecutor.AbortPolicy());
    }

    private static ThreadFactory threadFactory() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "xl-store-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs the call on a store thread; the future fails with StoreBusyException when the queue is full. */
    public <T> CompletableFuture<T> submit(Callable<T> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(call.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreBusyException("store queue full: "
                    + pool.getQueue().size() + " items waiting for " + pool.getMaximumPoolSize() + " threads"));
        }
        return result;
    }

    /** Work items waiting for a thread, for metrics. */
    public int queued() {
        return pool.getQueue().size();
    }

    /** Stops taking work and waits up to five seconds for queued work to finish. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
