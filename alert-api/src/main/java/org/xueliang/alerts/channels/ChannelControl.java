package org.xueliang.alerts.channels;

import java.util.Optional;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.ingest.ChannelHealth;

/**
 * Runs channels: what the config API needs from the video side, implemented by the server's
 * wiring (ingest plus analytics). Every method must return quickly: the video work runs on the
 * channel's own threads.
 */
public interface ChannelControl {
    /** Starts pulling and analysing a channel. */
    void start(ChannelSpec spec);

    /**
     * Applies a changed spec to a running channel (starting it when it does not run): a change of
     * zones or rules only takes effect on the next frame without a restart, keeping the motion
     * background and the live tracks; a change of source or sampling restarts the channel.
     */
    void update(ChannelSpec spec);

    /** Stops a channel and releases its resources; a channel that is not running is ignored. */
    void stop(String channelId);

    /** The current input health of a running channel, empty when it is not running. */
    Optional<ChannelHealth> health(String channelId);

    /** The video quality of a running channel, empty when it is not running or has no quality checks. */
    Optional<VideoQuality> videoQuality(String channelId);
}
