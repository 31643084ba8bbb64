package org.xueliang.server.pipeline;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.VideoFrame;
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
    private final Consumer<AnalyticsEvent> events;
    private final FrameTap tap;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile boolean stopped;

    /**
     * @param ingestFactory creates the ingest channel, given the callback to run when a frame is queued
     * @param analyser      the channel's analyser, owned (and closed) by this object
     * @param analysisPool  the shared analysis threads
     * @param events        receives every event the analyser produces
     * @param tap           sees every analysed frame after its events
     */
    RunningChannel(java.util.function.Function<Runnable, IngestChannel> ingestFactory, ChannelAnalyser analyser,
                   Executor analysisPool, Consumer<AnalyticsEvent> events, FrameTap tap) {
        this.analyser = analyser;
        this.analysisPool = analysisPool;
        this.events = events;
        this.tap = tap;
        this.ingest = ingestFactory.apply(this::frameQueued);
    }

    void start() {
        ingest.start();
    }

    /** Stops ingest, waits for a running analysis pass and releases the analyser's native memory. */
    void stop() {
        stopped = true;
        ingest.stop();
        analyser.close();
        tap.stopped(analyser.channelId());
    }

    ChannelHealth health() {
        return ingest.health();
    }

    private void frameQueued() {
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
        FrameAnalysis analysis;
        try {
            analysis = analyser.analyseFrame(frame);
        } catch (IllegalStateException e) {
            if (stopped) {
                return; // closed by stop() between the check and the call
            }
            throw e;
        } catch (RuntimeException e) {
            LOG.error("channel {}: analysis of frame {} failed", frame.channelId(), frame.sequence(), e);
            return;
        }
        analysis.events().forEach(events);
        try {
            tap.analysed(frame, analysis, analyser::rules);
        } catch (RuntimeException e) {
            // the live view failing must not stop analysis: events went on already
            LOG.warn("channel {}: live view of frame {} failed", frame.channelId(), frame.sequence(), e);
        }
    }
}
