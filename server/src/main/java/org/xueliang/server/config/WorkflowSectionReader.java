package org.xueliang.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.DurationFormat;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.store.Handling;
import org.xueliang.alerts.workflow.AlertLevels;
import org.xueliang.alerts.workflow.TimeLimits;

/** Reads the {@code workflow} section: acknowledgement limits per level, the merge window, levels of alert types. */
final class WorkflowSectionReader {
    static final List<String> KEYS = List.of("ackLimits", "mergeWindow", "escalationScan", "levels");
    static final List<String> LEVEL_KEYS = List.of("level1", "level2", "level3");
    /** A scan less often than this would make the time limits meaningless. */
    static final Duration MAX_ESCALATION_SCAN = Duration.ofMinutes(10);
    private static final Pattern ALERT_TYPE = Pattern.compile("[A-Z0-9_]{1,64}");

    private WorkflowSectionReader() {
    }

    static WorkflowConfig read(FieldReader workflow) {
        workflow.refuseUnknownKeys(KEYS);
        WorkflowConfig defaults = WorkflowConfig.defaults();
        FieldReader limits = workflow.object("ackLimits");
        limits.refuseUnknownKeys(LEVEL_KEYS);
        TimeLimits ackLimits = new TimeLimits(limits.positiveDuration("level1", defaults.ackLimits().level1()),
                limits.positiveDuration("level2", defaults.ackLimits().level2()),
                limits.positiveDuration("level3", defaults.ackLimits().level3()));
        Duration mergeWindow = workflow.duration("mergeWindow", defaults.mergeWindow());
        Duration scan = workflow.positiveDuration("escalationScan", defaults.escalationScan());
        if (scan.compareTo(MAX_ESCALATION_SCAN) > 0) {
            workflow.error("escalationScan", "must be at most " + DurationFormat.format(MAX_ESCALATION_SCAN)
                    + ", got " + DurationFormat.format(scan));
            scan = defaults.escalationScan();
        }
        return new WorkflowConfig(ackLimits, mergeWindow, scan, levels(workflow));
    }

    /** The built-in table with the configured entries over it. */
    private static AlertLevels levels(FieldReader workflow) {
        Map<String, Integer> table = new HashMap<>(AlertLevels.DEFAULTS);
        FieldReader levels = workflow.object("levels");
        JsonNode node = workflow.get("levels");
        if (node == null || !node.isObject()) {
            return new AlertLevels(table);
        }
        for (Iterator<String> types = node.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (!ALERT_TYPE.matcher(type).matches()) {
                levels.error(type, "alert types are 1 to 64 upper-case letters, digits and '_', got "
                        + FieldReader.quote(type));
            } else {
                table.put(type, levels.integer(type, table.getOrDefault(type, Handling.DEFAULT_LEVEL),
                        Handling.MIN_LEVEL, Handling.MAX_LEVEL));
            }
        }
        return new AlertLevels(table);
    }
}
