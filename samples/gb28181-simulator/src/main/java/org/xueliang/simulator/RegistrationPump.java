package org.xueliang.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.xueliang.simulator.device.SimulatedDevice;

/**
 * Starts the first registration of each device, at most {@code maxPending} in flight (so a UDP
 * burst does not overflow the platform's receive buffer and turn into retransmissions) and, when
 * a rate is set, no faster than that many per second (token bucket refilled every 10 ms).
 * Devices are started outside this object's lock, on {@code starter}.
 */
final class RegistrationPump {

    private static final long TICK_MILLIS = 10;

    private final Queue<SimulatedDevice> waiting;
    private final Set<SimulatedDevice> inFlight = ConcurrentHashMap.newKeySet();
    private final int maxPending;
    private final double ratePerSecond;
    private final Executor starter;
    private final ScheduledExecutorService scheduler;
    private double tokens;
    private ScheduledFuture<?> tick;
    private volatile long firstStartNanos;

    RegistrationPump(List<SimulatedDevice> devices, int maxPending, double ratePerSecond, Executor starter,
                     ScheduledExecutorService scheduler) {
        this.waiting = new ArrayDeque<>(devices);
        this.maxPending = maxPending;
        this.ratePerSecond = ratePerSecond;
        this.starter = starter;
        this.scheduler = scheduler;
        this.tokens = ratePerSecond > 0 ? 1 : Double.MAX_VALUE;
    }

    void start() {
        firstStartNanos = System.nanoTime();
        if (ratePerSecond > 0) {
            synchronized (this) {
                tick = scheduler.scheduleAtFixedRate(this::refill, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        pump();
    }

    /** The device's first attempt ended (registered or failed): make room for the next. */
    void settled(SimulatedDevice device) {
        if (inFlight.remove(device)) {
            pump();
        }
    }

    synchronized void cancel() {
        waiting.clear();
        if (tick != null) {
            tick.cancel(false);
        }
    }

    long firstStartNanos() {
        return firstStartNanos;
    }

    private void refill() {
        synchronized (this) {
            double burst = Math.max(1, ratePerSecond * TICK_MILLIS * 5 / 1000.0);
            tokens = Math.min(burst, tokens + ratePerSecond * TICK_MILLIS / 1000.0);
        }
        pump();
    }

    private void pump() {
        List<SimulatedDevice> toStart = new ArrayList<>();
        synchronized (this) {
            while (!waiting.isEmpty() && inFlight.size() < maxPending && tokens >= 1) {
                SimulatedDevice next = waiting.poll();
                inFlight.add(next);
                toStart.add(next);
                if (ratePerSecond > 0) {
                    tokens -= 1;
                }
            }
            if (waiting.isEmpty() && tick != null) {
                tick.cancel(false);
            }
        }
        for (SimulatedDevice device : toStart) {
            starter.execute(device::start);
        }
    }
}
