package org.xueliang.alerts.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live viewers of every channel and their frame rates. The analysis thread of a channel asks
 * {@link #take} for each frame which viewers want it; only then is the frame encoded, so that a
 * channel nobody watches costs nothing. A viewer still writing its last frame skips the next
 * ones (counted in {@link #dropped}): nothing queues up behind a slow browser.
 *
 * <p>Thread-safe: viewers join and leave from event loops; {@link #take} is called by one analysis
 * thread per channel at a time, in capture order.
 */
public final class LiveHub {
    /** Frames a second when the viewer does not say. */
    public static final double DEFAULT_FPS = 4;
    /** The most frames a second a viewer may ask for. */
    public static final double MAX_FPS = 10;

    private final Map<String, List<Seat>> seats = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();

    /**
     * Adds a viewer of a channel.
     *
     * @param fps frames a second, above 0 and at most {@link #MAX_FPS}
     * @return what removes the viewer again
     */
    public Runnable join(String channelId, double fps, LiveViewer viewer) {
        if (!(fps > 0 && fps <= MAX_FPS)) {
            throw new IllegalArgumentException("fps must be above 0 and at most " + MAX_FPS + ", got " + fps);
        }
        Seat seat = new Seat(viewer, Duration.ofNanos(Math.round(1e9 / fps)));
        seats.computeIfAbsent(channelId, id -> new CopyOnWriteArrayList<>()).add(seat);
        return () -> seats.computeIfPresent(channelId, (id, list) -> {
            list.remove(seat);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many viewers watch a channel. */
    public int viewers(String channelId) {
        List<Seat> list = seats.get(channelId);
        return list == null ? 0 : list.size();
    }

    /** Frames skipped because their viewer was still busy with an earlier one, since start. */
    public long dropped() {
        return dropped.get();
    }

    /**
     * The viewers due a frame captured at {@code time}: those whose rate allows one and who are
     * not busy. Advances their schedule; call it once per frame.
     */
    public Delivery take(String channelId, Instant time) {
        List<Seat> list = seats.get(channelId);
        if (list == null) {
            return Delivery.NOBODY;
        }
        List<LiveViewer> due = new ArrayList<>();
        for (Seat seat : list) {
            if (seat.due(time)) {
                if (seat.viewer.busy()) {
                    dropped.incrementAndGet();
                } else {
                    due.add(seat.viewer);
                }
            }
        }
        return due.isEmpty() ? Delivery.NOBODY : new Delivery(due);
    }

    /** The viewers one frame goes to. */
    public static final class Delivery {
        static final Delivery NOBODY = new Delivery(List.of());

        private final List<LiveViewer> viewers;

        private Delivery(List<LiveViewer> viewers) {
            this.viewers = viewers;
        }

        /** Whether nobody wants the frame: then it need not be encoded. */
        public boolean isEmpty() {
            return viewers.isEmpty();
        }

        /** Sends the frame to every viewer of this delivery. */
        public void send(LiveFrame frame) {
            String overlay = LiveJson.overlay(frame);
            viewers.forEach(viewer -> viewer.send(overlay, frame.jpeg()));
        }
    }

    /** A viewer and its schedule; the schedule is only touched by the channel's analysis thread. */
    private static final class Seat {
        final LiveViewer viewer;
        final Duration interval;
        private Instant next;

        Seat(LiveViewer viewer, Duration interval) {
            this.viewer = viewer;
            this.interval = interval;
        }

        /**
         * Due when the frame is at or after the next slot. Slots advance by the interval, so a
         * frame rate that is not a multiple of the viewer's still averages to the viewer's rate;
         * after a gap the schedule restarts from the frame rather than sending a burst.
         */
        synchronized boolean due(Instant time) {
            if (next != null && time.isBefore(next)) {
                return false;
            }
            Instant following = next == null ? time.plus(interval) : next.plus(interval);
            next = following.isAfter(time) ? following : time.plus(interval);
            return true;
        }
    }
}
