package org.xueliang.analytics.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.xueliang.analytics.motion.StaticChange;
import org.xueliang.analytics.motion.StaticChangeConfig;
import org.xueliang.analytics.motion.StaticChangeDetector;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RuleSet;
import org.xueliang.ingest.VideoFrame;

/**
 * The long-term background, run only while an abandoned-object or object-removed rule exists:
 * built when the first such rule arrives, closed when the last one goes.
 */
final class StaticChanges implements AutoCloseable {
    private final Supplier<StaticChangeDetector> factory;
    private StaticChangeDetector detector;

    StaticChanges(StaticChangeConfig config, Supplier<StaticChangeDetector> factory) {
        this.factory = factory != null ? factory : () -> new StaticChangeDetector(config);
    }

    List<StaticChange> update(VideoFrame frame, RuleSet rules) {
        boolean needed = rules.any(AbandonedObjectConfig.class) || rules.any(ObjectRemovedConfig.class);
        if (!needed) {
            close();
            return List.of();
        }
        if (detector == null) {
            detector = factory.get();
        }
        return detector.update(frame);
    }

    @Override
    public void close() {
        if (detector != null) {
            detector.close();
            detector = null;
        }
    }
}
