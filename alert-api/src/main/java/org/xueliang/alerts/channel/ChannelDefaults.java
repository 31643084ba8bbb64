package org.xueliang.alerts.channel;

import java.time.Duration;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;

/**
 * Values applied to channels that leave a field out, taken from the configuration's
 * {@code analytics} and {@code ingest} sections.
 *
 * @param sampling           analysis rate and width when a channel has no {@code analysis}
 * @param rtspTransport      RTSP transport when a source has no {@code transport}
 * @param rtspConnectTimeout RTSP connect timeout when a source has no {@code connectTimeout}
 * @param rtspReadTimeout    RTSP read timeout when a source has no {@code readTimeout}
 * @param zoneMinArea        zone {@code minArea} default
 * @param zoneMinDwell       zone {@code minDwell} default
 * @param zoneCooldown       zone {@code cooldown} default
 */
public record ChannelDefaults(SamplingConfig sampling, RtspTransport rtspTransport,
                              Duration rtspConnectTimeout, Duration rtspReadTimeout,
                              double zoneMinArea, Duration zoneMinDwell, Duration zoneCooldown) {

    /** The defaults of an empty configuration: 5 fps, 640 wide, TCP, 5 s, 10 s, 0.002, 1 s, 30 s. */
    public static ChannelDefaults builtIn() {
        return new ChannelDefaults(new SamplingConfig(5, 640), RtspTransport.TCP,
                Duration.ofSeconds(5), Duration.ofSeconds(10),
                0.002, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
}
