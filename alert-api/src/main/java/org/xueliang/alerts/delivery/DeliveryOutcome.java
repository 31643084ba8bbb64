package org.xueliang.alerts.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * How one attempt of a claimed delivery ended, to be recorded.
 *
 * @param claimed the row as claimed; its attempt count identifies the claim
 * @param at      when the attempt ended
 * @param error   why it failed, null when delivered
 * @param retryAt when to try again after a failure, null for DEAD (and when delivered)
 */
public record DeliveryOutcome(Delivery claimed, Instant at, String error, Instant retryAt) {
    public DeliveryOutcome {
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(at, "at");
    }

    public static DeliveryOutcome delivered(Delivery claimed, Instant at) {
        return new DeliveryOutcome(claimed, at, null, null);
    }

    /** @param retryAt null when this was the last attempt */
    public static DeliveryOutcome failed(Delivery claimed, Instant at, String error, Instant retryAt) {
        return new DeliveryOutcome(claimed, at, Objects.requireNonNull(error, "error"), retryAt);
    }

    public boolean isDelivered() {
        return error == null;
    }

    public boolean isDead() {
        return error != null && retryAt == null;
    }
}
