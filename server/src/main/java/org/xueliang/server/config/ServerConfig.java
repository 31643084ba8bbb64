package org.xueliang.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.delivery.DeliveryConfig;

/**
 * The whole server configuration, as loaded and validated by {@link ConfigLoader}.
 * {@link #toString()} masks the API token, database, SIP and MQTT passwords and RTSP passwords.
 *
 * @param http      HTTP listener
 * @param api       API access
 * @param dataDir   folder for the embedded database and snapshots, absolute
 * @param store     database
 * @param ingest    video input
 * @param analytics channel defaults and how every channel is analysed
 * @param sip       GB28181 SIP server
 * @param channels  configured channels, ids unique
 * @param delivery  alert delivery: retries, webhooks, the MQTT broker
 * @param workflow  alert workflow: time limits, merge window, levels of alert types
 */
public record ServerConfig(HttpConfig http, ApiConfig api, Path dataDir, StoreConfig store, IngestConfig ingest,
                           AnalyticsConfig analytics, SipConfig sip, List<ChannelSpec> channels,
                           DeliveryConfig delivery, WorkflowConfig workflow) {
    public ServerConfig {
        channels = List.copyOf(channels);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(workflow, "workflow");
    }

    /** A configuration with the built-in workflow defaults. */
    public ServerConfig(HttpConfig http, ApiConfig api, Path dataDir, StoreConfig store, IngestConfig ingest,
                        AnalyticsConfig analytics, SipConfig sip, List<ChannelSpec> channels, DeliveryConfig delivery) {
        this(http, api, dataDir, store, ingest, analytics, sip, channels, delivery, WorkflowConfig.defaults());
    }

    /** A configuration with the built-in delivery defaults. */
    public ServerConfig(HttpConfig http, ApiConfig api, Path dataDir, StoreConfig store, IngestConfig ingest,
                        AnalyticsConfig analytics, SipConfig sip, List<ChannelSpec> channels) {
        this(http, api, dataDir, store, ingest, analytics, sip, channels, DeliveryConfig.defaults());
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
