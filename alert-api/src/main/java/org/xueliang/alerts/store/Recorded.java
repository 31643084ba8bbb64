package org.xueliang.alerts.store;

import java.util.Objects;

/**
 * What storing an alert did.
 *
 * @param alert  the alert as stored now: the new one, or the open alert it was merged into
 * @param merged whether it was merged into an open alert instead of stored anew
 */
public record Recorded(Alert alert, boolean merged) {
    public Recorded {
        Objects.requireNonNull(alert, "alert");
    }
}
