package org.xueliang.alerts.delivery;

import java.util.List;

/** One page of deliveries, newest first, with the count of all that match. */
public record DeliveryPage(List<Delivery> deliveries, long total, int limit, long offset) {
    public DeliveryPage {
        deliveries = List.copyOf(deliveries);
    }
}
