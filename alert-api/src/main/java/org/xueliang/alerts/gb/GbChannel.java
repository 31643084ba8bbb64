package org.xueliang.alerts.gb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A channel of a device's catalog as stored; see {@link GbCatalogItem} for the fields.
 *
 * @param deviceId  the device whose catalog lists the channel
 * @param updatedAt when the catalog holding this channel was stored
 */
public record GbChannel(String deviceId, String channelId, String name, String manufacturer, String model,
                        String civilCode, String parentId, String status, Double longitude, Double latitude,
                        Integer ptzType, Instant updatedAt) {
    public GbChannel {
        GbIds.require("deviceId", deviceId);
        GbIds.require("channelId", channelId);
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    }
}
