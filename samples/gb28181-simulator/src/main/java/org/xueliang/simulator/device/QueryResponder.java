package org.xueliang.simulator.device;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.simulator.manscdp.CatalogItem;
import org.xueliang.simulator.manscdp.DeviceInfo;
import org.xueliang.simulator.manscdp.ManscdpWriter;

/**
 * The bodies a device answers platform queries with. A Catalog answer is split into packets of
 * at most {@code itemsPerMessage} items, each carrying the total in SumNum, as devices with many
 * channels do to stay under the UDP MTU.
 */
final class QueryResponder {

    static final String MANUFACTURER = "Xueliang";
    static final String MODEL = "SIM-IPC-1";
    static final String FIRMWARE = "V1.0.0 build 20240501";

    private final DeviceIdentity identity;
    private final ManscdpWriter writer;
    private final int itemsPerMessage;

    QueryResponder(DeviceIdentity identity, ManscdpWriter writer, int itemsPerMessage) {
        if (itemsPerMessage < 1) {
            throw new IllegalArgumentException("catalog items per message must be at least 1, got " + itemsPerMessage);
        }
        this.identity = identity;
        this.writer = writer;
        this.itemsPerMessage = itemsPerMessage;
    }

    /** One body per MESSAGE; a device without channels still answers once with SumNum 0. */
    List<byte[]> catalog(long sn) {
        List<CatalogItem> items = identity.channels().stream().map(this::item).toList();
        List<byte[]> packets = new ArrayList<>();
        for (int from = 0; from < items.size() || from == 0; from += itemsPerMessage) {
            List<CatalogItem> slice = items.subList(from, Math.min(items.size(), from + itemsPerMessage));
            packets.add(writer.catalogResponse(identity.deviceId(), sn, items.size(), slice));
        }
        return packets;
    }

    byte[] deviceInfo(long sn) {
        return writer.deviceInfo(identity.deviceId(), sn, new DeviceInfo("雪亮模拟摄像机", MANUFACTURER, MODEL,
                FIRMWARE, identity.channels().size()));
    }

    byte[] deviceStatus(long sn, LocalDateTime deviceTime) {
        return writer.deviceStatus(identity.deviceId(), sn, deviceTime);
    }

    private CatalogItem item(Channel channel) {
        String civilCode = identity.deviceId().substring(0, 6);
        return new CatalogItem(channel.id(), channel.name(), MANUFACTURER, MODEL, "Owner", civilCode,
                channel.address(), identity.deviceId(), true, channel.longitude(), channel.latitude(), 3);
    }
}
