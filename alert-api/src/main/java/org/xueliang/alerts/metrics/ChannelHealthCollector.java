package org.xueliang.alerts.metrics;

import io.prometheus.client.Collector;
import io.prometheus.client.CounterMetricFamily;
import io.prometheus.client.GaugeMetricFamily;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;

/** Per-channel input health gauges, read from the running channels at each scrape. */
public final class ChannelHealthCollector extends Collector {
    private static final List<String> LABELS = List.of("channel");

    private final Supplier<? extends Collection<ChannelHealth>> health;

    /** @param health the current health of every running channel; must not block */
    public ChannelHealthCollector(Supplier<? extends Collection<ChannelHealth>> health) {
        this.health = Objects.requireNonNull(health, "health");
    }

    @Override
    public List<MetricFamilySamples> collect() {
        GaugeMetricFamily inputFps = new GaugeMetricFamily("xl_channel_input_fps",
                "Decoded frames per second over the last window.", LABELS);
        GaugeMetricFamily analysedFps = new GaugeMetricFamily("xl_channel_analysed_fps",
                "Frames per second delivered to analysis over the last window.", LABELS);
        CounterMetricFamily dropped = new CounterMetricFamily("xl_channel_dropped_frames",
                "Frames dropped because analysis fell behind, since the channel started.", LABELS);
        CounterMetricFamily reconnects = new CounterMetricFamily("xl_channel_reconnects",
                "Reconnect attempts since the channel started.", LABELS);
        GaugeMetricFamily online = new GaugeMetricFamily("xl_channel_online",
                "1 while frames arrive, 0 while starting, reconnecting or offline.", LABELS);
        for (ChannelHealth channel : health.get()) {
            List<String> label = List.of(channel.channelId());
            inputFps.addMetric(label, channel.inputFps());
            analysedFps.addMetric(label, channel.analysedFps());
            dropped.addMetric(label, channel.droppedFrames());
            reconnects.addMetric(label, channel.reconnects());
            online.addMetric(label, channel.state() == ChannelState.ONLINE ? 1 : 0);
        }
        return List.of(inputFps, analysedFps, dropped, reconnects, online);
    }
}
