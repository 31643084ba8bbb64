package org.xueliang.alerts.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.GaugeMetricFamily;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The server's own Prometheus registry (never the global default one, so that several servers
 * or tests in one JVM do not collide), with the JVM collectors already registered.
 */
public final class ServerMetrics {
    private final CollectorRegistry registry = new CollectorRegistry(true);

    public ServerMetrics() {
        DefaultExports.register(registry);
    }

    /** The registry, for components that register their own collectors. */
    public CollectorRegistry registry() {
        return registry;
    }

    /** Registers a gauge whose value is read at each scrape. */
    public void gauge(String name, String help, DoubleSupplier value) {
        new Collector() {
            @Override
            public List<MetricFamilySamples> collect() {
                return List.of(new GaugeMetricFamily(name, help, value.getAsDouble()));
            }
        }.register(registry);
    }

    /** Every metric in the Prometheus text format 0.0.4. */
    public String scrape() {
        StringWriter text = new StringWriter(16 * 1024);
        try {
            TextFormat.write004(text, registry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metrics", e);
        }
        return text.toString();
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return TextFormat.CONTENT_TYPE_004;
    }
}
