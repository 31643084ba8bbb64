package org.xueliang.server.config;

import java.time.Duration;
import java.util.Objects;
import org.xueliang.alerts.workflow.AlertLevels;
import org.xueliang.alerts.workflow.TimeLimits;

/**
 * The alert workflow: time limits, merging of repeats, level of each alert type.
 *
 * @param ackLimits      how long an alert of each level may wait for an acknowledgement before it escalates
 * @param mergeWindow    repeats of one channel, rule and type at most this far apart merge into one open alert;
 *                       zero merges nothing
 * @param escalationScan how often deadlines are checked
 * @param levels         level by alert type: the built-in table with the configured entries over it
 */
public record WorkflowConfig(TimeLimits ackLimits, Duration mergeWindow, Duration escalationScan, AlertLevels levels) {
    public static final Duration DEFAULT_MERGE_WINDOW = Duration.ofMinutes(5);
    public static final Duration DEFAULT_ESCALATION_SCAN = Duration.ofSeconds(15);

    public WorkflowConfig {
        Objects.requireNonNull(ackLimits, "ackLimits");
        Objects.requireNonNull(mergeWindow, "mergeWindow");
        Objects.requireNonNull(escalationScan, "escalationScan");
        Objects.requireNonNull(levels, "levels");
    }

    /** 5, 15 and 60 minutes; a 5-minute merge window; a scan every 15 seconds; the built-in levels. */
    public static WorkflowConfig defaults() {
        return new WorkflowConfig(TimeLimits.defaults(), DEFAULT_MERGE_WINDOW, DEFAULT_ESCALATION_SCAN,
                AlertLevels.defaults());
    }
}
