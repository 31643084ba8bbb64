package org.xueliang.alerts.workflow;

/**
 * How many alerts of one channel and rule were dismissed as false alarms, to make noisy rules visible.
 *
 * @param channelId the channel
 * @param ruleId    the rule
 * @param dismissed alerts dismissed
 * @param total     alerts in all, dismissed or not
 */
public record DismissedCount(String channelId, String ruleId, long dismissed, long total) {
}
