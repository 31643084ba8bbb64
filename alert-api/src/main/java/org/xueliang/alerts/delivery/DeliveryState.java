package org.xueliang.alerts.delivery;

/** Where a message stands. */
public enum DeliveryState {
    /** Waiting for its next attempt (the first one at once). */
    PENDING,
    /** Claimed by a worker and being sent; the claim lapses after a lease if the worker dies. */
    SENDING,
    /** The receiver accepted it. */
    DELIVERED,
    /** Every attempt failed; it waits for a person to re-trigger it. */
    DEAD
}
