package org.xueliang.sip.gateway;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Bounds every request to a device by the gateway's timeout, on the injected scheduler, and turns
 * transport failures into the gateway's typed exceptions naming the device and the request.
 */
final class Deadlines {
    private final ScheduledExecutorService scheduler;
    private final Duration timeout;

    Deadlines(ScheduledExecutorService scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** {@code source}'s outcome, or a {@link DeviceTimeoutException} if it takes longer than the timeout. */
    <T> CompletableFuture<T> within(CompletableFuture<T> source, String deviceId, String what) {
        CompletableFuture<T> result = new CompletableFuture<>();
        ScheduledFuture<?> timer = schedule(() -> result.completeExceptionally(
                new DeviceTimeoutException(deviceId, what, timeout)));
        source.whenComplete((value, error) -> {
            if (timer != null) {
                timer.cancel(false);
            }
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(translate(deviceId, what, error));
            }
        });
        return result;
    }

    /** Runs {@code action} after the timeout; null when the scheduler is shut down (the gateway is closing). */
    ScheduledFuture<?> schedule(Runnable action) {
        try {
            return scheduler.schedule(action, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    static GatewayRequestException translate(String deviceId, String what, Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof GatewayRequestException known) {
            return known;
        }
        if (cause instanceof SipStatusException status) {
            return new DeviceRefusedException(deviceId, "device " + deviceId + " refused the " + what + ": "
                    + status.getMessage(), status);
        }
        if (cause instanceof SipTimeoutException) {
            return new DeviceTimeoutException(deviceId, what, Duration.ZERO);
        }
        return new GatewayRequestException(deviceId, "the " + what + " to device " + deviceId + " failed: " + cause,
                cause);
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
