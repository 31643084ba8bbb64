package org.xueliang.alerts.delivery;

/**
 * Which deliveries to list; null filters match everything.
 *
 * @param state          only in this state
 * @param alertId        only of this alert
 * @param subscriptionId only for this subscription
 * @param limit          page size, 1..500
 * @param offset         rows to skip, 0 or more
 */
public record DeliveryQuery(DeliveryState state, String alertId, String subscriptionId, int limit, long offset) {
    public static final int MAX_LIMIT = 500;

    public DeliveryQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("delivery query limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("delivery query offset must not be negative, got " + offset);
        }
    }
}
