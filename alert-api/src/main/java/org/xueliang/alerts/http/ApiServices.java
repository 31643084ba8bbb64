package org.xueliang.alerts.http;

import java.time.Clock;
import java.util.Objects;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.console.ConsoleApi;
import org.xueliang.alerts.delivery.DeliveryApi;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.tracks.TrackStore;

/**
 * What the HTTP API works on.
 *
 * @param alerts        the alert store (blocking, used through storeExecutor)
 * @param channels      the configured channels (blocking, used through storeExecutor)
 * @param specReader    reads channel bodies (checks that file sources exist, so used through storeExecutor)
 * @param storeExecutor the bounded pool for every blocking store call
 * @param stream        the hub that WebSocket consoles join
 * @param metrics       the registry served on {@code /metrics}
 * @param clock         time of acknowledgements
 * @param gbDevices     the GB28181 device registry (blocking, used through storeExecutor)
 * @param gbGateway     asks GB28181 devices; {@link GbGateway#disabled()} when the server runs without SIP
 * @param delivery      subscriptions, the outbox and the delivery stream; null for an API without them
 * @param workflow      workflow steps, jurisdictions, users and scoped consoles; null for an API with only
 *                      the configured tokens, acknowledgement as the only step and no scopes
 * @param tracks        the structured track records (blocking, used through storeExecutor); null for an API
 *                      without {@code /api/v1/tracks}
 * @param console       live and full-rate views, probes, statistics and layouts of the web console; null
 *                      for an API without them
 */
public record ApiServices(AlertStore alerts, ChannelRegistry channels, ChannelSpecReader specReader,
                          StoreExecutor storeExecutor,
                          AlertStreamHub stream, ServerMetrics metrics, Clock clock,
                          GbDeviceStore gbDevices, GbGateway gbGateway, DeliveryApi delivery,
                          WorkflowApi workflow, TrackStore tracks, ConsoleApi console) {
    public ApiServices {
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(specReader, "specReader");
        Objects.requireNonNull(storeExecutor, "storeExecutor");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(gbDevices, "gbDevices");
        Objects.requireNonNull(gbGateway, "gbGateway");
    }

    /** The API without track search and the web console's routes. */
    public ApiServices(AlertStore alerts, ChannelRegistry channels, ChannelSpecReader specReader,
                       StoreExecutor storeExecutor, AlertStreamHub stream, ServerMetrics metrics, Clock clock,
                       GbDeviceStore gbDevices, GbGateway gbGateway, DeliveryApi delivery, WorkflowApi workflow) {
        this(alerts, channels, specReader, storeExecutor, stream, metrics, clock, gbDevices, gbGateway, delivery,
                workflow, null, null);
    }

    /** The API without delivery routes. */
    public ApiServices(AlertStore alerts, ChannelRegistry channels, ChannelSpecReader specReader,
                       StoreExecutor storeExecutor, AlertStreamHub stream, ServerMetrics metrics, Clock clock,
                       GbDeviceStore gbDevices, GbGateway gbGateway) {
        this(alerts, channels, specReader, storeExecutor, stream, metrics, clock, gbDevices, gbGateway, null, null,
                null, null);
    }

    /** The API without workflow, jurisdiction and user routes. */
    public ApiServices(AlertStore alerts, ChannelRegistry channels, ChannelSpecReader specReader,
                       StoreExecutor storeExecutor, AlertStreamHub stream, ServerMetrics metrics, Clock clock,
                       GbDeviceStore gbDevices, GbGateway gbGateway, DeliveryApi delivery) {
        this(alerts, channels, specReader, storeExecutor, stream, metrics, clock, gbDevices, gbGateway, delivery,
                null, null, null);
    }
}
