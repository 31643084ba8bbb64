package org.xueliang.bench;

import java.util.Optional;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.gb.Gb28181Media;

/** Where the channels of a {@link ChannelLoad} get their video: looped files or a simulated GB28181 camera. */
interface LoadSources extends AutoCloseable {
    /** Short name for tables: {@code file} or {@code gb}. */
    String kind();

    /** A new source configuration for the channel with this number; never shared by two channels. */
    SourceConfig source(int channel);

    /** The GB28181 media set-up the server's source factory needs, when the sources are GB28181. */
    Optional<Gb28181Media> media();

    /** Pictures per second each channel receives in real time. */
    double frameRate();

    /** CPU time the simulated camera used so far, outside the server's share; 0 for files. */
    long senderCpuNanos();

    @Override
    void close();
}
