package org.xueliang.server.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channels.ChannelControl;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.channel.ChannelSettings;
import org.xueliang.ingest.channel.IngestChannel;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.ReconnectPolicy;

/**
 * Runs the video side of every started channel: ingest into analysis into events. This is what
 * the config API starts and stops channels through.
 */
public final class ChannelRuntime implements ChannelControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelRuntime.class);

    private final IngestRuntime ingest;
    private final ReconnectPolicy reconnect;
    private final int queueCapacity;
    private final MotionConfig motion;
    private final Executor analysisPool;
    private final Consumer<AnalyticsEvent> events;
    private final FrameTap tap;
    private final Map<String, RunningChannel> running = new ConcurrentHashMap<>();

    /**
     * @param ingest        sources, clock and back-off of the ingest threads
     * @param reconnect     back-off between attempts after a source fails
     * @param queueCapacity frames waiting for analysis per channel
     * @param motion        motion detector settings of every channel
     * @param analysisPool  the bounded pool that analyses frames of all channels
     * @param events        receives every analytics event, from analysis threads
     */
    public ChannelRuntime(IngestRuntime ingest, ReconnectPolicy reconnect, int queueCapacity, MotionConfig motion,
                          Executor analysisPool, Consumer<AnalyticsEvent> events) {
        this(ingest, reconnect, queueCapacity, motion, analysisPool, events, FrameTap.NONE);
    }

    /**
     * As above, with a tap that sees every analysed frame (the live view).
     *
     * @param tap sees every analysed frame after its events, on analysis threads
     */
    public ChannelRuntime(IngestRuntime ingest, ReconnectPolicy reconnect, int queueCapacity, MotionConfig motion,
                          Executor analysisPool, Consumer<AnalyticsEvent> events, FrameTap tap) {
        this.ingest = ingest;
        this.reconnect = reconnect;
        this.queueCapacity = queueCapacity;
        this.motion = motion;
        this.analysisPool = analysisPool;
        this.events = events;
        this.tap = tap;
    }

    @Override
    public void start(ChannelSpec spec) {
        stop(spec.id());
        ChannelSettings settings =
                new ChannelSettings(spec.id(), spec.source(), spec.sampling(), queueCapacity, reconnect);
        ChannelAnalyser analyser = new ChannelAnalyser(spec.id(), motion, spec.zones());
        RunningChannel channel = new RunningChannel(onFrame -> new IngestChannel(settings, ingest, onFrame),
                analyser, analysisPool, events, tap);
        running.put(spec.id(), channel);
        channel.start();
        LOG.info("channel {} started: {}, analysed at {} fps, {} px wide, {} zone(s)", spec.id(),
                spec.source().describe(), spec.sampling().fps(), spec.sampling().width(), spec.zones().size());
    }

    @Override
    public void stop(String channelId) {
        RunningChannel channel = running.remove(channelId);
        if (channel != null) {
            channel.stop();
            LOG.info("channel {} stopped", channelId);
        }
    }

    @Override
    public Optional<ChannelHealth> health(String channelId) {
        return Optional.ofNullable(running.get(channelId)).map(RunningChannel::health);
    }

    /** Health of every running channel. */
    public List<ChannelHealth> healthOfAll() {
        List<ChannelHealth> all = new ArrayList<>();
        running.values().forEach(channel -> all.add(channel.health()));
        return all;
    }

    /** Stops every channel. */
    @Override
    public void close() {
        new ArrayList<>(running.keySet()).forEach(this::stop);
    }
}
