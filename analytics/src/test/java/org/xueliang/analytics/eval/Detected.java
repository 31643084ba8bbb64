package org.xueliang.analytics.eval;

/**
 * An event the analysis raised, reduced to what the matching compares.
 *
 * @param clip      clip name
 * @param rule      rule id
 * @param eventType event type
 * @param seconds   time from the clip's start
 */
public record Detected(String clip, String rule, String eventType, double seconds) {
}
