package org.xueliang.alerts.delivery;

import java.time.Duration;

/** What the delivery worker reports, for metrics. */
public interface DeliveryObserver {
    /**
     * A message reached its receiver.
     *
     * @param sinceQueued from the writing of the row (with its alert or state change) to the receiver's acknowledgement
     */
    void delivered(DeliveryChannel channel, Duration sinceQueued);

    /** An attempt failed; {@code dead} when it was the last one. */
    void failed(DeliveryChannel channel, boolean dead);

    /** An observer that ignores everything, for tests and tools. */
    static DeliveryObserver none() {
        return new DeliveryObserver() {
            @Override
            public void delivered(DeliveryChannel channel, Duration sinceQueued) {
            }

            @Override
            public void failed(DeliveryChannel channel, boolean dead) {
            }
        };
    }
}
