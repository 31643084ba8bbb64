package org.xueliang.server.gb;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.store.StoreExecutor;

/**
 * Runs the store writes of each device one after the other, in the order the gateway reported
 * them, on the store's executor: a keepalive and the offline sweep of one device must not overtake
 * each other on two store threads. Different devices still write in parallel.
 */
final class DeviceWriteQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceWriteQueue.class);

    private final StoreExecutor executor;
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    DeviceWriteQueue(StoreExecutor executor) {
        this.executor = executor;
    }

    /** Queues a write of {@code deviceId}; a failure is logged with {@code what} and does not stop later writes. */
    CompletableFuture<Void> submit(String deviceId, String what, Runnable write) {
        CompletableFuture<Void> queued = tails.compute(deviceId, (id, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                        .thenCompose(ignored -> executor.submit(() -> {
                            write.run();
                            return (Void) null;
                        }))
                        .handle((ignored, error) -> {
                            if (error != null) {
                                LOG.warn("storing {} of device {} failed: {}", what, deviceId, rootMessage(error));
                            }
                            return null;
                        }));
        // the last write of a device removes its entry, so the map holds only devices with writes pending
        queued.whenComplete((ignored, error) -> tails.remove(deviceId, queued));
        return queued;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
