package org.xueliang.alerts.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone taking responsibility for an alert.
 *
 * @param at   when
 * @param by   who, may be {@code null}
 * @param note free text, may be {@code null}
 */
public record Acknowledgement(Instant at, String by, String note) {
    public Acknowledgement {
        Objects.requireNonNull(at, "at");
    }
}
