package org.xueliang.analytics.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.xueliang.analytics.track.TrackedObject;

/** Per-track state of a rule, forgotten when the track ends. */
final class TrackStates<S> {
    private final Map<Long, S> states = new HashMap<>();
    private final Supplier<S> initial;

    TrackStates(Supplier<S> initial) {
        this.initial = initial;
    }

    S of(TrackedObject track) {
        return states.computeIfAbsent(track.id(), id -> initial.get());
    }

    /** Drops the state of tracks that are no longer live. */
    void retain(List<TrackedObject> live) {
        Set<Long> ids = new HashSet<>();
        for (TrackedObject t : live) {
            ids.add(t.id());
        }
        states.keySet().retainAll(ids);
    }
}
