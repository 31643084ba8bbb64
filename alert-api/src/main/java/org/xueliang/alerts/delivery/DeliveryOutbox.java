package org.xueliang.alerts.delivery;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertOutbox;

/**
 * Writes the delivery rows of an event in the transaction of the event: a new alert goes to every
 * subscription that accepts it; a state change goes to the subscriptions that received the alert
 * and want state changes. The rows are sent later by the {@link DeliveryWorker}.
 *
 * <p>An alert's jurisdiction is the one its triage made responsible; an alert without one takes
 * its channel's from the {@link JurisdictionResolver}.
 */
public final class DeliveryOutbox implements AlertOutbox {
    private final JurisdictionResolver jurisdictions;
    private final JurisdictionScope scope;
    private final SnapshotLinks links;
    private final Clock clock;

    public DeliveryOutbox(JurisdictionResolver jurisdictions, JurisdictionScope scope, SnapshotLinks links,
                          Clock clock) {
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void alertStored(Connection connection, Alert alert) throws SQLException {
        String jurisdiction = jurisdictionOf(connection, alert);
        Instant now = clock.instant();
        for (Subscription subscription : SubscriptionStore.all(connection)) {
            if (subscription.accepts(alert, jurisdiction, scope)) {
                enqueue(connection, subscription, Delivery.NEW_ALERT, jurisdiction, alert, now);
            }
        }
    }

    @Override
    public void stateChanged(Connection connection, Alert alert) throws SQLException {
        Set<String> recipients = DeliveryStore.recipients(connection, alert.id());
        if (recipients.isEmpty()) {
            return;
        }
        String jurisdiction = jurisdictionOf(connection, alert);
        Instant now = clock.instant();
        for (Subscription subscription : SubscriptionStore.all(connection)) {
            if (recipients.contains(subscription.id()) && subscription.enabled() && subscription.stateChanges()) {
                String kind = stateKind(connection, alert, subscription);
                enqueue(connection, subscription, kind, jurisdiction, alert, now);
            }
        }
    }

    /**
     * Tells again everyone who takes alerts of the jurisdiction now responsible: the parent's
     * subscribers (who, with subtree filters, also had the first message) hear that nobody below
     * acknowledged it in time.
     */
    @Override
    public void escalated(Connection connection, Alert alert) throws SQLException {
        String jurisdiction = jurisdictionOf(connection, alert);
        String kind = Delivery.escalation(alert.handling().escalations());
        Instant now = clock.instant();
        for (Subscription subscription : SubscriptionStore.all(connection)) {
            if (subscription.accepts(alert, jurisdiction, scope)) {
                enqueue(connection, subscription, kind, jurisdiction, alert, now);
            }
        }
    }

    /** Tells the alert's recipients that follow its changes that it is overdue. */
    @Override
    public void overdue(Connection connection, Alert alert) throws SQLException {
        Set<String> recipients = DeliveryStore.recipients(connection, alert.id());
        if (recipients.isEmpty()) {
            return;
        }
        String jurisdiction = jurisdictionOf(connection, alert);
        Instant now = clock.instant();
        for (Subscription subscription : SubscriptionStore.all(connection)) {
            if (recipients.contains(subscription.id()) && subscription.enabled() && subscription.stateChanges()) {
                enqueue(connection, subscription, Delivery.OVERDUE, jurisdiction, alert, now);
            }
        }
    }

    /**
     * {@code state:RESOLVED}, or {@code state:RESOLVED:2} when the alert enters a state for the second
     * time (sent back after review): each entry is its own message with its own key.
     */
    private static String stateKind(Connection connection, Alert alert, Subscription subscription) throws SQLException {
        String kind = Delivery.stateChange(alert.state().name());
        String candidate = kind;
        for (int entry = 2; DeliveryStore.exists(connection,
                Delivery.idempotencyKey(alert.id(), subscription.id(), candidate)); entry++) {
            candidate = kind + ":" + entry;
        }
        return candidate;
    }

    private String jurisdictionOf(Connection connection, Alert alert) throws SQLException {
        String responsible = alert.handling().jurisdiction();
        return responsible != null ? responsible : jurisdictions.jurisdictionOf(connection, alert.channelId());
    }

    private void enqueue(Connection connection, Subscription subscription, String kind, String jurisdiction,
                         Alert alert, Instant now) throws SQLException {
        String key = Delivery.idempotencyKey(alert.id(), subscription.id(), kind);
        String payload = DeliveryPayload.write(key, kind, subscription.id(), jurisdiction, alert,
                links.link(alert.id(), now).orElse(null));
        DeliveryStore.enqueue(connection, new Delivery(0, alert.id(), subscription.id(), subscription.channel(), kind,
                key, jurisdiction, payload, DeliveryState.PENDING, 0, now, null, now, now, null));
    }
}
