package org.xueliang.ingest.channel;

import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;

/**
 * What one ingest channel reads and how it hands frames on.
 *
 * @param channelId     the channel's identifier, used in frames, health and logs
 * @param source        where the video comes from
 * @param sampling      analysed frame rate and analysis width
 * @param queueCapacity frames waiting for analysis at most; older ones are dropped
 * @param reconnect     back-off between attempts after a failure or the end of the input
 */
public record ChannelSettings(String channelId, SourceConfig source, SamplingConfig sampling, int queueCapacity,
        ReconnectPolicy reconnect) {

    /** A few frames: enough to ride out a slow analysis pass, few enough to stay near the present. */
    public static final int DEFAULT_QUEUE_CAPACITY = 4;

    public ChannelSettings {
        if (channelId == null || channelId.isBlank()) {
            throw new IllegalArgumentException("'channelId' must not be blank, got '" + channelId + "'");
        }
        if (source == null || sampling == null || reconnect == null) {
            throw new IllegalArgumentException("channel " + channelId + ": source, sampling and reconnect are required");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("channel " + channelId + ": 'queueCapacity' must be at least 1, got "
                    + queueCapacity);
        }
    }

    /** Settings with the default queue capacity and reconnect policy. */
    public static ChannelSettings of(String channelId, SourceConfig source, SamplingConfig sampling) {
        return new ChannelSettings(channelId, source, sampling, DEFAULT_QUEUE_CAPACITY, ReconnectPolicy.DEFAULT);
    }
}
