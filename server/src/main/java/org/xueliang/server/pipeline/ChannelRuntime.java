package org.xueliang.server.pipeline;

import java.time.Clock;
import java.time.Duration;
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
import org.xueliang.alerts.channels.VideoQuality;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.rules.MotionZoneConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.channel.ChannelSettings;
import org.xueliang.ingest.channel.IngestChannel;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.ReconnectPolicy;

/**
 * Runs the video side of every started channel: ingest into analysis into events and track
 * records. This is what the config API starts, updates and stops channels through.
 */
public final class ChannelRuntime implements ChannelControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelRuntime.class);

    private final IngestRuntime ingest;
    private final ReconnectPolicy reconnect;
    private final int queueCapacity;
    private final PipelineConfig pipeline;
    private final Executor analysisPool;
    private final RunningChannel.Outputs outputs;
    private final Duration idleHold;
    private final Map<String, Started> running = new ConcurrentHashMap<>();

    /** A running channel and the spec it runs with. */
    private record Started(ChannelSpec spec, RunningChannel channel) {
    }

    /**
     * @param ingest        sources, clock and back-off of the ingest threads; its clock also times
     *                      the signal-loss check
     * @param reconnect     back-off between attempts after a source fails
     * @param queueCapacity frames waiting for analysis per channel
     * @param pipeline      how every channel is analysed (detector, tracker, quality checks, records)
     * @param analysisPool  the bounded pool that analyses frames of all channels
     * @param events        receives every analytics event, from analysis threads and the signal check
     * @param tracks        receives the record of every finished track, from analysis threads and on stop
     * @param tap           sees every analysed frame after its events, on analysis threads (the live view)
     * @param idleHold      how long a channel's scene must stay still before it decodes keyframes alone,
     *                      or {@code null} to decode every picture always
     */
    public ChannelRuntime(IngestRuntime ingest, ReconnectPolicy reconnect, int queueCapacity, PipelineConfig pipeline,
                          Executor analysisPool, Consumer<AnalyticsEvent> events, Consumer<TrackRecord> tracks,
                          FrameTap tap, Duration idleHold) {
        this.ingest = ingest;
        this.reconnect = reconnect;
        this.queueCapacity = queueCapacity;
        this.pipeline = pipeline;
        this.analysisPool = analysisPool;
        this.outputs = new RunningChannel.Outputs(events, tracks, tap);
        this.idleHold = idleHold;
    }

    /**
     * @throws org.xueliang.analytics.rules.InvalidRuleException     when a zone or rule cannot be used
     * @throws org.xueliang.analytics.detect.DetectorModelException when the detector's model cannot be loaded
     */
    @Override
    public void start(ChannelSpec spec) {
        stop(spec.id());
        ChannelSettings settings =
                new ChannelSettings(spec.id(), spec.source(), spec.sampling(), queueCapacity, reconnect);
        ChannelAnalyser analyser = new ChannelAnalyser(spec.id(), pipeline, rulesOf(spec));
        RunningChannel channel = new RunningChannel(onFrame -> new IngestChannel(settings, ingest, onFrame),
                analyser, analysisPool, outputs, ingest.clock(), idleHold);
        running.put(spec.id(), new Started(spec, channel));
        channel.start();
        LOG.info("channel {} started: {}, analysed at {} fps, {} px wide, {} zone(s), {} rule(s)", spec.id(),
                spec.source().describe(), spec.sampling().fps(), spec.sampling().width(), spec.zones().size(),
                spec.rules().size());
    }

    /**
     * Zones and rules change live; a new source or sampling restarts the channel.
     *
     * @throws org.xueliang.analytics.rules.InvalidRuleException when a rule cannot be used; the channel is then stopped
     */
    @Override
    public void update(ChannelSpec spec) {
        Started current = running.get(spec.id());
        if (current == null || !current.spec().sameVideoAs(spec)) {
            start(spec);
            return;
        }
        try {
            current.channel().updateRules(rulesOf(spec));
        } catch (RuntimeException e) {
            // the registry reports the channel as stopped after a failed update, so it must be
            stop(spec.id());
            throw e;
        }
        running.replace(spec.id(), current, new Started(spec, current.channel()));
        LOG.info("channel {}: {} zone(s), {} rule(s) take effect without a restart", spec.id(), spec.zones().size(),
                spec.rules().size());
    }

    @Override
    public void stop(String channelId) {
        Started started = running.remove(channelId);
        if (started != null) {
            started.channel().stop();
            LOG.info("channel {} stopped", channelId);
        }
    }

    @Override
    public Optional<ChannelHealth> health(String channelId) {
        return Optional.ofNullable(running.get(channelId)).map(started -> started.channel().health());
    }

    @Override
    public Optional<VideoQuality> videoQuality(String channelId) {
        if (!pipeline.quality().enabled()) {
            return Optional.empty();
        }
        return Optional.ofNullable(running.get(channelId)).map(started -> started.channel().videoQuality());
    }

    /** Health of every running channel. */
    public List<ChannelHealth> healthOfAll() {
        List<ChannelHealth> all = new ArrayList<>();
        running.values().forEach(started -> all.add(started.channel().health()));
        return all;
    }

    /**
     * Raises a {@code VIDEO_QUALITY} SIGNAL_LOSS event for each running channel that has sent no
     * frame for longer than the quality limit; call it about once a second.
     */
    public void checkSignals() {
        for (Started started : running.values()) {
            try {
                started.channel().checkSignal();
            } catch (RuntimeException e) {
                LOG.error("channel {}: the signal check failed", started.spec().id(), e);
            }
        }
    }

    /** Stops every channel. */
    @Override
    public void close() {
        new ArrayList<>(running.keySet()).forEach(this::stop);
    }

    /** Motion zones of the first release run beside the rules, always armed as they were. */
    static List<RuleConfig> rulesOf(ChannelSpec spec) {
        List<RuleConfig> rules = new ArrayList<>(spec.zones().size() + spec.rules().size());
        spec.zones().forEach(zone -> rules.add(new MotionZoneConfig(zone, ArmingSchedule.always())));
        rules.addAll(spec.rules());
        return rules;
    }
}
