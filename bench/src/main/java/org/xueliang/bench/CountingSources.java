package org.xueliang.bench;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;
import org.xueliang.ingest.source.VideoSourceFactory;

/**
 * The server's source factory with a counter of decoded pictures per channel: a file source that
 * falls behind restarts its pacing without a word, so the pictures it decoded are what tells
 * whether a channel kept up with real time. Channels are told apart by the identity of their
 * source configuration, which ingest hands through unchanged; each must be registered before its
 * channel starts.
 */
final class CountingSources implements VideoSourceFactory {
    private final VideoSourceFactory sources;
    private final Map<SourceConfig, Counted> channels = new IdentityHashMap<>();

    /** The pictures one channel decoded. */
    static final class Counted {
        private final AtomicLong pictures = new AtomicLong();

        long pictures() {
            return pictures.get();
        }
    }

    CountingSources(VideoSourceFactory sources) {
        this.sources = sources;
    }

    /** Starts counting the channel that reads {@code config} (this very instance). */
    synchronized Counted register(SourceConfig config) {
        return channels.computeIfAbsent(config, c -> new Counted());
    }

    /** Forgets a stopped channel, so that channels coming and going do not grow the map. */
    synchronized void unregister(Counted counted) {
        channels.values().removeIf(c -> c == counted);
    }

    @Override
    public VideoSource create(SourceConfig config, int analysisWidth) {
        Counted counted;
        synchronized (this) {
            counted = channels.get(config);
        }
        if (counted == null) {
            throw new IllegalStateException("no counter registered for " + config.describe()
                    + "; register the channel's own source configuration before starting it");
        }
        return new CountingSource(sources.create(config, analysisWidth), counted.pictures);
    }

    /** Counts every picture read; everything else goes to the real source. */
    private record CountingSource(VideoSource source, AtomicLong pictures) implements VideoSource {
        @Override
        public StreamInfo open() throws SourceException, InterruptedException {
            return source.open();
        }

        @Override
        public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
            DecodedPicture picture = source.read(convert);
            pictures.incrementAndGet();
            return picture;
        }

        @Override
        public boolean setDecodeMode(DecodeMode mode) {
            return source.setDecodeMode(mode);
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
