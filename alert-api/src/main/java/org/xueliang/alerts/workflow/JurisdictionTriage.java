package org.xueliang.alerts.workflow;

import java.util.Objects;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.jurisdiction.JurisdictionTree;
import org.xueliang.alerts.pipeline.AlertTriage;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.Handling;

/**
 * Triage of new alerts: the level from {@link AlertLevels}, raised to the level of the key site
 * the channel watches when that is more urgent; the jurisdiction the channel belongs to (its
 * grid, or its site's jurisdiction); and the acknowledgement deadline, counted from when the
 * server received the alert.
 */
public final class JurisdictionTriage implements AlertTriage {
    private final JurisdictionDirectory directory;
    private final AlertLevels levels;
    private final TimeLimits limits;

    public JurisdictionTriage(JurisdictionDirectory directory, AlertLevels levels, TimeLimits limits) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    @Override
    public Alert triage(Alert alert) {
        JurisdictionTree tree = directory.tree();
        int byType = levels.levelOf(alert.type(), alert.priority());
        int level = tree.siteLevelOfChannel(alert.channelId()).map(site -> Math.min(site, byType)).orElse(byType);
        String jurisdiction = tree.jurisdictionOfChannel(alert.channelId()).orElse(null);
        return alert.withHandling(Handling.of(level, jurisdiction, alert.createdAt().plus(limits.ackLimit(level))));
    }
}
