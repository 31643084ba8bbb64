package org.xueliang.alerts.delivery;

/** A delivery is not in the state an operation needs, such as a retry of one that is not DEAD. */
public final class DeliveryStateConflictException extends RuntimeException {
    private final Delivery current;

    public DeliveryStateConflictException(Delivery current, DeliveryState expected) {
        super("delivery " + current.id() + " is " + current.state() + ", only a " + expected + " delivery can be "
                + "retried");
        this.current = current;
    }

    public Delivery current() {
        return current;
    }
}
