package org.xueliang.alerts.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.GaugeMetricFamily;
import io.prometheus.client.Histogram;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.xueliang.alerts.delivery.DeliveryChannel;
import org.xueliang.alerts.delivery.DeliveryObserver;
import org.xueliang.alerts.delivery.DeliveryState;

/**
 * Delivery counters by channel and outcome, the time from queueing to acknowledgement, and the
 * outbox by state (read at each scrape, so DEAD letters and a growing backlog show on a dashboard).
 */
public final class DeliveryMetrics implements DeliveryObserver {
    private final Counter outcomes;
    private final Histogram latency;

    /** @param backlog the number of outbox rows in each state; may block (it runs at scrape time) */
    public DeliveryMetrics(CollectorRegistry registry, Supplier<Map<DeliveryState, Long>> backlog) {
        Objects.requireNonNull(backlog, "backlog");
        outcomes = Counter.build("xl_deliveries_total",
                        "Delivery attempts by channel and outcome (delivered, retried, dead).")
                .labelNames("channel", "outcome").register(registry);
        latency = Histogram.build("xl_delivery_latency_seconds",
                        "From writing a delivery with its alert to the receiver's acknowledgement, by channel.")
                .labelNames("channel")
                .buckets(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300)
                .register(registry);
        new Collector() {
            @Override
            public List<MetricFamilySamples> collect() {
                GaugeMetricFamily rows = new GaugeMetricFamily("xl_delivery_outbox",
                        "Outbox rows by state: PENDING and SENDING are the backlog, DEAD wait for a person.",
                        List.of("state"));
                backlog.get().forEach((state, count) -> rows.addMetric(List.of(state.name()), count));
                return List.of(rows);
            }
        }.register(registry);
    }

    @Override
    public void delivered(DeliveryChannel channel, Duration sinceQueued) {
        outcomes.labels(channel.code(), "delivered").inc();
        latency.labels(channel.code()).observe(Math.max(0, sinceQueued.toNanos() / 1e9));
    }

    @Override
    public void failed(DeliveryChannel channel, boolean dead) {
        outcomes.labels(channel.code(), dead ? "dead" : "retried").inc();
    }
}
