package org.xueliang.alerts.delivery;

/**
 * Which jurisdiction codes lie in the subtree of which, for the jurisdiction filter of
 * subscriptions. The jurisdiction tree decides this through its parent links; without it,
 * {@link #civilCodePrefix()} uses the structure of civil codes, where a township's code starts
 * with its county's.
 */
@FunctionalInterface
public interface JurisdictionScope {
    /** Whether {@code code} is {@code ancestor} or lies below it. */
    boolean within(String code, String ancestor);

    /** Civil codes: {@code 340202001} (a township) lies within {@code 340202} (its county). */
    static JurisdictionScope civilCodePrefix() {
        return (code, ancestor) -> code.startsWith(ancestor);
    }
}
