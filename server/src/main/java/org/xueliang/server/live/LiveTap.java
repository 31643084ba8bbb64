package org.xueliang.server.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.xueliang.alerts.console.LiveFrame;
import org.xueliang.alerts.console.LiveHub;
import org.xueliang.alerts.console.SnapshotSource;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleGeometry;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.analytics.track.TrackedObject;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.server.pipeline.FrameTap;

/**
 * Feeds the live view from the analysis frames, so that watching a channel opens no second
 * connection to its camera. A frame is encoded as JPEG, on the analysis thread, only when a viewer
 * is due one ({@link LiveHub#take}); the latest frame of each channel is kept, unencoded, for
 * snapshots.
 */
public final class LiveTap implements FrameTap, SnapshotSource {
    private final LiveHub hub;
    private final SnapshotAnnotator jpeg;
    private final Map<String, VideoFrame> latest = new ConcurrentHashMap<>();
    private final LongAdder encoded = new LongAdder();
    private final LongAdder encodeNanos = new LongAdder();

    public LiveTap(LiveHub hub, SnapshotAnnotator jpeg) {
        this.hub = hub;
        this.jpeg = jpeg;
    }

    @Override
    public void analysed(VideoFrame frame, FrameAnalysis analysis, Supplier<List<RuleConfig>> rules) {
        latest.put(frame.channelId(), frame);
        LiveHub.Delivery delivery = hub.take(frame.channelId(), frame.captureTime());
        if (delivery.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        byte[] picture = jpeg.encode(frame);
        encodeNanos.add(System.nanoTime() - start);
        encoded.increment();
        List<LiveFrame.Outline> zones = new ArrayList<>();
        List<LiveFrame.Outline> lines = new ArrayList<>();
        for (RuleConfig rule : rules.get()) {
            List<Point> outline = RuleGeometry.outline(rule);
            if (!outline.isEmpty()) {
                (RuleGeometry.closed(rule) ? zones : lines).add(new LiveFrame.Outline(rule.id(), outline));
            }
        }
        List<LiveFrame.LiveTrack> tracks = analysis.tracks().stream().filter(TrackedObject::confirmed)
                .map(track -> new LiveFrame.LiveTrack(track.id(), track.label(), track.box())).toList();
        // frames arrive only from a channel whose input is online
        delivery.send(new LiveFrame(frame.channelId(), frame.captureTime(), frame.width(), frame.height(),
                ChannelState.ONLINE.name(), zones, lines, tracks, analysis.healthScore(), picture));
    }

    @Override
    public void stopped(String channelId) {
        latest.remove(channelId);
    }

    @Override
    public Optional<byte[]> latestJpeg(String channelId) {
        return Optional.ofNullable(latest.get(channelId)).map(jpeg::encode);
    }

    /** Frames encoded for live viewers since start. */
    public long encoded() {
        return encoded.sum();
    }

    /** Time spent encoding them, in seconds. */
    public double encodeSeconds() {
        return encodeNanos.sum() / 1e9;
    }
}
