package org.xueliang.alerts.delivery;

/** No subscription has the id asked for. */
public final class SubscriptionNotFoundException extends RuntimeException {
    public SubscriptionNotFoundException(String id) {
        super("subscription \"" + id + "\" not found");
    }
}
