package org.xueliang.alerts.channels;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.analytics.quality.QualityCheck;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.DecodeMode;

/**
 * Records what it is asked to do; running channels report ONLINE at the channel's fps and a video
 * quality of 70 with BLUR failing.
 */
public final class FakeChannelControl implements ChannelControl {
    /** Calls in order, such as {@code start cam-1} and {@code stop cam-1}. */
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, ChannelSpec> running = new ConcurrentHashMap<>();
    private volatile String failToStart;

    /** Makes {@link #start} throw for this channel id. */
    public void failToStart(String channelId) {
        this.failToStart = channelId;
    }

    @Override
    public void start(ChannelSpec spec) {
        calls.add("start " + spec.id());
        if (spec.id().equals(failToStart)) {
            throw new IllegalStateException("cannot open " + spec.source().describe());
        }
        running.put(spec.id(), spec);
    }

    @Override
    public void update(ChannelSpec spec) {
        calls.add("update " + spec.id());
        running.put(spec.id(), spec);
    }

    @Override
    public void stop(String channelId) {
        calls.add("stop " + channelId);
        running.remove(channelId);
    }

    @Override
    public Optional<ChannelHealth> health(String channelId) {
        ChannelSpec spec = running.get(channelId);
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.of(new ChannelHealth(channelId, ChannelState.ONLINE, null, 25, spec.sampling().fps(), 3, 1,
                Instant.parse("2024-05-01T08:00:00Z"), "h264", 1920, 1080, DecodeMode.ALL));
    }

    @Override
    public Optional<VideoQuality> videoQuality(String channelId) {
        return running.containsKey(channelId) ? Optional.of(new VideoQuality(70, List.of(QualityCheck.BLUR)))
                : Optional.empty();
    }

    /** The spec a channel runs with, if it runs. */
    public Optional<ChannelSpec> runningSpec(String channelId) {
        return Optional.ofNullable(running.get(channelId));
    }
}
