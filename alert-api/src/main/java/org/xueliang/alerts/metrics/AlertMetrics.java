package org.xueliang.alerts.metrics;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Histogram;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.pipeline.PipelineObserver;
import org.xueliang.alerts.store.Alert;

/**
 * Alert counters and the latency from a frame's capture to its alert's publication. Listen
 * with it in the alert pipeline, and observe the pipeline with it.
 */
public final class AlertMetrics implements AlertListener, PipelineObserver {
    private final Clock clock;
    private final Counter alerts;
    private final Histogram latency;
    private final Counter retries;
    private final Counter lost;
    private final Counter listenerFailures;

    public AlertMetrics(CollectorRegistry registry, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        alerts = Counter.build("xl_alerts_total", "Alerts published, by channel and type.")
                .labelNames("channel", "type").register(registry);
        latency = Histogram.build("xl_alert_publish_latency_seconds",
                        "From the capture time of the frame that fired a rule to the publication of its alert.")
                .buckets(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30)
                .register(registry);
        retries = Counter.build("xl_alert_persist_retries_total", "Failed attempts to store an alert that were retried.")
                .register(registry);
        lost = Counter.build("xl_alert_persist_failures_total",
                        "Alerts lost because storing them failed after every retry, by channel.")
                .labelNames("channel").register(registry);
        listenerFailures = Counter.build("xl_alert_listener_failures_total",
                        "Times an alert listener threw while being told about an alert.")
                .register(registry);
    }

    @Override
    public void onAlert(Alert alert) {
        alerts.labels(alert.channelId(), alert.type()).inc();
        Duration sinceCapture = Duration.between(alert.eventTime(), clock.instant());
        // A camera clock ahead of ours would give a negative latency; count it as immediate.
        latency.observe(Math.max(0, sinceCapture.toNanos() / 1e9));
    }

    @Override
    public void persistRetried(Alert alert) {
        retries.inc();
    }

    @Override
    public void persistFailed(Alert alert) {
        lost.labels(alert.channelId()).inc();
    }

    @Override
    public void listenerFailed(AlertListener listener, Alert alert) {
        listenerFailures.inc();
    }

    @Override
    public String toString() {
        return "AlertMetrics";
    }
}
