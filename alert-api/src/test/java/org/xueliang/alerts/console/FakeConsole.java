package org.xueliang.alerts.console;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.SourceConfig;

/**
 * The console's video side without video: snapshots are what a test put in, probes answer from a
 * table, and full-rate views refuse GB28181 channels as the server does and open nothing else.
 */
public final class FakeConsole implements SnapshotSource, SourceProber, VideoStreams {
    /** Snapshots by channel. */
    public final Map<String, byte[]> snapshots = new ConcurrentHashMap<>();
    public final LiveHub live = new LiveHub();

    /** The console API over these fakes and the real layout and statistics stores. */
    public ConsoleApi api(DataSource dataSource, java.time.Clock clock) {
        return new ConsoleApi(live, this, this, this, new LayoutStore(dataSource, clock), new StatsQueries(dataSource),
                ZoneOffset.UTC);
    }

    @Override
    public Optional<byte[]> latestJpeg(String channelId) {
        return Optional.ofNullable(snapshots.get(channelId));
    }

    @Override
    public ProbeResult probe(SourceConfig source) {
        if (source.describe().contains("refused")) {
            throw new ProbeFailedException("connect failed: Connection refused (" + source.describe() + ")", null);
        }
        return new ProbeResult("h264", 1920, 1080, 25, new byte[] {(byte) 0xFF, (byte) 0xD8});
    }

    @Override
    public VideoSession open(ChannelSpec spec) {
        if (spec.source() instanceof Gb28181SourceConfig) {
            throw new VideoUnavailableException("full-rate view needs an H.264 RTSP or file channel; channel "
                    + spec.id() + " is " + spec.source().describe());
        }
        throw new VideoLimitException("all 0 full-rate views are in use; close one or wait");
    }

}
