package org.xueliang.alerts.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of the outbox: an event of an alert for one subscription.
 *
 * @param id             row id
 * @param alertId        the alert
 * @param subscriptionId the subscription, which may have been deleted since
 * @param channel        the subscription's channel when the row was written
 * @param eventKind      {@code alert} for a new alert, {@code state:<STATE>} for a state change
 *                       ({@code state:<STATE>:2} when the alert enters the state a second time)
 * @param idempotencyKey {@code <alert id>:<subscription id>:<event kind>}: a receiver that sees a key
 *                       twice has the same message twice
 * @param jurisdiction   the code of the alert's channel when the row was written, may be null
 * @param payload        the JSON sent (robots get it rewritten into their format)
 * @param state          where it stands
 * @param attempts       sends started so far
 * @param nextAttemptAt  when PENDING, not before; when SENDING, the end of the claim's lease
 * @param lastError      why the last attempt failed, null if none did
 * @param createdAt      when the row was written, with its alert or state change
 * @param updatedAt      last change
 * @param deliveredAt    when the receiver accepted it, null until then
 */
public record Delivery(long id, String alertId, String subscriptionId, DeliveryChannel channel, String eventKind,
                       String idempotencyKey, String jurisdiction, String payload, DeliveryState state, int attempts,
                       Instant nextAttemptAt, String lastError, Instant createdAt, Instant updatedAt,
                       Instant deliveredAt) {
    /** The event kind of a new alert. */
    public static final String NEW_ALERT = "alert";

    public Delivery {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventKind, "eventKind");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
    }

    /** The event kind of the {@code n}th escalation of an unacknowledged alert. */
    public static String escalation(int n) {
        return "escalated:" + n;
    }

    /** The event kind of a dispatched alert passing its due time. */
    public static final String OVERDUE = "overdue";

    /** The event kind of a change to {@code state}. */
    public static String stateChange(String state) {
        return "state:" + state;
    }

    public static String idempotencyKey(String alertId, String subscriptionId, String eventKind) {
        return alertId + ":" + subscriptionId + ":" + eventKind;
    }

    /** Whether this message announces a state change rather than a new alert. */
    public boolean isStateChange() {
        return !NEW_ALERT.equals(eventKind);
    }
}
