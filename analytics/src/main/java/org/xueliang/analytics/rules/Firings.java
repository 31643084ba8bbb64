package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.track.TrackedObject;

/** Builds the firings of track rules. */
final class Firings {
    private Firings() {
    }

    static RuleFiring ofTrack(RuleConfig config, Instant time, TrackedObject track, Map<String, String> extra) {
        Map<String, String> details = new HashMap<>(extra);
        details.put(EventTypes.TRACK_IDS, Long.toString(track.id()));
        details.put(EventTypes.LABELS, track.label());
        return new RuleFiring(config.id(), config.eventType(), time, List.of(track.box()),
                List.of(track.id()), details);
    }

    static boolean counts(Set<String> classes, TrackedObject track) {
        return track.confirmed() && (classes.isEmpty() || classes.contains(track.label()));
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
