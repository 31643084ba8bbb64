package org.xueliang.alerts.delivery;

/** No delivery has the id asked for. */
public final class DeliveryNotFoundException extends RuntimeException {
    public DeliveryNotFoundException(String id) {
        super("delivery \"" + id + "\" not found");
    }
}
