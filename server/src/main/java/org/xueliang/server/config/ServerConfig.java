package org.xueliang.server.config;

import java.nio.file.Path;
import java.util.List;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;

/**
 * The whole server configuration, as loaded and validated by {@link ConfigLoader}.
 * {@link #toString()} masks the API token, database and SIP passwords and RTSP passwords.
 *
 * @param http      HTTP listener
 * @param api       API access
 * @param dataDir   folder for the embedded database and snapshots, absolute
 * @param store     database
 * @param ingest    video input
 * @param analytics analysis defaults
 * @param sip       GB28181 SIP server
 * @param channels  configured channels, ids unique
 */
public record ServerConfig(HttpConfig http, ApiConfig api, Path dataDir, StoreConfig store, IngestConfig ingest,
                           AnalyticsConfig analytics, SipConfig sip, List<ChannelSpec> channels) {
    public ServerConfig {
        channels = List.copyOf(channels);
    }

    /** Defaults for channels read from the config API, the same the file's channels got. */
    public ChannelDefaults channelDefaults() {
        return channelDefaults(ingest, analytics);
    }

    static ChannelDefaults channelDefaults(IngestConfig ingest, AnalyticsConfig analytics) {
        RtspConfig rtsp = ingest.rtsp();
        ZoneDefaultsConfig zone = analytics.zoneDefaults();
        return new ChannelDefaults(analytics.sampling(), rtsp.transport(), rtsp.connectTimeout(),
                rtsp.readTimeout(), zone.minArea(), zone.minDwell(), zone.cooldown());
    }
}
