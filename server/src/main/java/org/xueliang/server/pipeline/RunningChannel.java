package org.xueliang.server.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channels.VideoQuality;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.channel.IdleDecoding;
import org.xueliang.ingest.channel.IngestChannel;

/**
 * One started channel: its ingest thread and its analyser, joined by the channel's frame queue.
 *
 * <p>Analysis runs on a pool shared by all channels. When a frame arrives, the channel schedules one
 * drain task on the pool unless one is already scheduled, so that a channel is analysed by one
 * thread at a time, in frame order, and idle channels cost no thread.
 */
final class RunningChannel {
    private static final Logger LOG = LoggerFactory.getLogger(RunningChannel.class);

    private final IngestChannel ingest;
    private final ChannelAnalyser analyser;
    private final Executor analysisPool;
    private final Outputs outputs;
    private final Clock clock;
    /** Switches ingest to keyframes alone while the scene is still; null when that is off. */
    private final IdleDecoding idleDecoding;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean stopped;
    /** Wall-clock arrival of the last frame (or the start), for the signal-loss check. */
    private volatile Instant lastFrameAt;
    /** Read by the health API on an event loop, so it is kept here rather than asked of the busy analyser. */
    private volatile VideoQuality quality = new VideoQuality(100, List.of());

    /**
     * Where a channel's results go, from analysis threads.
     *
     * @param events every event the analyser produces
     * @param tracks the record of every track that ended
     * @param tap    sees every analysed frame after its events (the live view)
     */
    record Outputs(Consumer<AnalyticsEvent> events, Consumer<TrackRecord> tracks, FrameTap tap) {
    }

    /**
     * @param ingestFactory creates the ingest channel, given the callback to run when a frame is queued
     * @param analyser      the channel's analyser, owned (and closed) by this object
     * @param analysisPool  the shared analysis threads
     * @param outputs       receive events and track records
     * @param clock         wall clock for the time since the last frame
     * @param idleHold      stillness after which ingest decodes keyframes alone, or null for never
     */
    RunningChannel(Function<Runnable, IngestChannel> ingestFactory, ChannelAnalyser analyser, Executor analysisPool,
                   Outputs outputs, Clock clock, Duration idleHold) {
        this.analyser = analyser;
        this.analysisPool = analysisPool;
        this.outputs = outputs;
        this.clock = clock;
        this.lastFrameAt = clock.instant();
        this.ingest = ingestFactory.apply(this::frameQueued);
        this.idleDecoding = idleHold == null ? null : new IdleDecoding(ingest::setDecodeMode, idleHold);
    }

    void start() {
        ingest.start();
    }

    /**
     * Stops ingest, waits for a running analysis pass, hands on the records of the tracks still
     * live and releases the analyser's native memory.
     */
    void stop() {
        stopped = true;
        ingest.stop();
        try {
            analyser.flushTracks().forEach(outputs.tracks());
        } catch (RuntimeException e) {
            LOG.error("channel {}: the live tracks could not be recorded on stop", analyser.channelId(), e);
        }
        analyser.close();
        outputs.tap().stopped(analyser.channelId());
    }

    ChannelHealth health() {
        return ingest.health();
    }

    /** The video health as of the last analysed frame or signal check. */
    VideoQuality videoQuality() {
        return quality;
    }

    /**
     * Replaces the channel's zones and rules from the next frame on; motion background and tracks stay.
     *
     * @throws org.xueliang.analytics.rules.InvalidRuleException when a rule cannot be used; the old ones stay
     */
    void updateRules(List<RuleConfig> rules) {
        analyser.updateRules(rules);
    }

    /** Raises a SIGNAL_LOSS event, once, when no frame has arrived for longer than the quality limit. */
    void checkSignal() {
        if (stopped) {
            return;
        }
        Instant now = clock.instant();
        try {
            analyser.checkSignal(Duration.between(lastFrameAt, now), now).ifPresent(event -> {
                quality = new VideoQuality(analyser.healthScore(), List.copyOf(analyser.failingChecks()));
                outputs.events().accept(event);
            });
        } catch (IllegalStateException e) {
            if (!stopped) {
                throw e;
            }
        }
    }

    private void frameQueued() {
        lastFrameAt = clock.instant();
        if (stopped || !drainScheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            analysisPool.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // The pool is shutting down; the frame stays counted in the queue and is dropped with it.
            drainScheduled.set(false);
        }
    }

    private void drain() {
        try {
            VideoFrame frame;
            while (!stopped && (frame = ingest.frames().poll(0, TimeUnit.MILLISECONDS)) != null) {
                analyse(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            drainScheduled.set(false);
        }
        // A frame queued after the last poll but before the flag was cleared must not wait for the next one.
        if (!stopped && ingest.frames().size() > 0) {
            frameQueued();
        }
    }

    private void analyse(VideoFrame frame) {
        FrameAnalysis result;
        try {
            result = analyser.analyseFrame(frame);
            quality = new VideoQuality(result.healthScore(), List.copyOf(analyser.failingChecks()));
        } catch (IllegalStateException e) {
            if (stopped) {
                return; // closed by stop() between the check and the call
            }
            throw e;
        } catch (RuntimeException e) {
            LOG.error("channel {}: analysis of frame {} failed", frame.channelId(), frame.sequence(), e);
            return;
        }
        if (idleDecoding != null) {
            idleDecoding.analysed(frame.captureTime(), result.active());
        }
        result.events().forEach(outputs.events());
        result.finishedTracks().forEach(outputs.tracks());
        try {
            outputs.tap().analysed(frame, result, analyser::rules);
        } catch (RuntimeException e) {
            // the live view failing must not stop analysis: events and records went on already
            LOG.warn("channel {}: live view of frame {} failed", frame.channelId(), frame.sequence(), e);
        }
    }
}
