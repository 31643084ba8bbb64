package org.xueliang.alerts.delivery;

/** A subscription with this id exists already. */
public final class DuplicateSubscriptionException extends RuntimeException {
    public DuplicateSubscriptionException(String id) {
        super("subscription \"" + id + "\" exists already; PUT /api/v1/subscriptions/" + id + " replaces it");
    }
}
