package org.xueliang.bench;

import java.nio.file.Path;
import java.util.Optional;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.gb.Gb28181Media;

/**
 * Every channel plays the same 25 fps clip, looped and paced at its own rate by the server's file
 * source, as a camera would deliver it.
 */
record FileSources(Path clip) implements LoadSources {
    @Override
    public String kind() {
        return "file";
    }

    @Override
    public SourceConfig source(int channel) {
        return new FileSourceConfig(clip, true);
    }

    @Override
    public Optional<Gb28181Media> media() {
        return Optional.empty();
    }

    @Override
    public double frameRate() {
        return ChannelLoad.CLIP_FRAME_RATE;
    }

    @Override
    public long senderCpuNanos() {
        return 0;
    }

    @Override
    public void close() {
    }
}
