package org.xueliang.alerts.delivery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.TestDatabase;

/** A migrated database with the delivery stores and an alert store writing through the outbox. */
final class OutboxFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2024-05-06T02:00:00Z");
    static final String SECRET = "whsec-0123456789abcdef";

    final TestDatabase db;
    final MutableClock clock = new MutableClock(T0);
    final SubscriptionStore subscriptions;
    final DeliveryStore deliveries;
    final DeliveryOutbox outbox;
    final AlertStore alerts;

    OutboxFixture(TestDatabase.Vendor vendor) {
        this(vendor, JurisdictionResolver.standard());
    }

    OutboxFixture(TestDatabase.Vendor vendor, JurisdictionResolver jurisdictions) {
        db = TestDatabase.open(vendor);
        subscriptions = new SubscriptionStore(db.database().dataSource(), clock);
        deliveries = new DeliveryStore(db.database().dataSource());
        outbox = new DeliveryOutbox(jurisdictions, JurisdictionScope.civilCodePrefix(), SnapshotLinks.none(), clock);
        alerts = new AlertStore(db.database().dataSource(), outbox);
    }

    static Subscription websocket(String id, Set<String> types, boolean stateChanges) {
        return new Subscription(id, id, true, DeliveryChannel.WEBSOCKET, null, null, null, 3, types, List.of(),
                ZoneId.of("Asia/Shanghai"), stateChanges);
    }

    static Subscription webhook(String id, String url) {
        return new Subscription(id, id, true, DeliveryChannel.WEBHOOK_GENERIC, url, SECRET, null, 3, Set.of(),
                List.of(), ZoneId.of("Asia/Shanghai"), true);
    }

    static Alert intrusion(String id) {
        return Alert.newAlert(id, "gate", "lawn", "ZONE_INTRUSION", T0, T0, List.of(), 0);
    }

    /** Stores an alert of channel "gate" at T0 through the outbox. */
    Alert store(String id) {
        Alert alert = intrusion(id);
        alerts.insert(alert, null);
        return alert;
    }

    @Override
    public void close() {
        db.close();
    }
}
