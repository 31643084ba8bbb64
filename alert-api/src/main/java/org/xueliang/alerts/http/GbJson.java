package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.xueliang.alerts.gb.GbChannel;
import org.xueliang.alerts.gb.GbDevice;
import org.xueliang.alerts.gb.GbDeviceInfo;
import org.xueliang.alerts.gb.GbDevicePage;
import org.xueliang.alerts.gb.GbDeviceStatus;

/** The JSON shapes of GB28181 devices, their channels and their answers. Unknown values are null. */
final class GbJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GbJson() {
    }

    static ObjectNode device(GbDevice device) {
        ObjectNode json = NODES.objectNode();
        json.put("deviceId", device.deviceId());
        json.put("name", device.name());
        json.put("manufacturer", device.manufacturer());
        json.put("model", device.model());
        json.put("firmware", device.firmware());
        json.put("transport", device.transport().name());
        json.put("remoteAddress", device.remoteAddress());
        json.put("gbVersion", device.gbVersion());
        json.put("online", device.online());
        json.put("lastKeepalive", text(device.lastKeepalive()));
        json.put("registeredAt", text(device.registeredAt()));
        json.put("expiresAt", text(device.expiresAt()));
        json.put("updatedAt", text(device.updatedAt()));
        return json;
    }

    /** A device with its catalog under {@code channels}. */
    static ObjectNode device(GbDevice device, List<GbChannel> channels) {
        ObjectNode json = device(device);
        json.set("channels", channels(channels));
        return json;
    }

    /** {@code {"devices":[..],"total":..,"limit":..,"offset":..}}. */
    static ObjectNode page(GbDevicePage page) {
        ObjectNode json = NODES.objectNode();
        ArrayNode devices = json.putArray("devices");
        page.devices().forEach(device -> devices.add(device(device)));
        json.put("total", page.total());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        return json;
    }

    static ArrayNode channels(List<GbChannel> channels) {
        ArrayNode list = NODES.arrayNode();
        channels.forEach(channel -> list.add(channel(channel)));
        return list;
    }

    static ObjectNode channel(GbChannel channel) {
        ObjectNode json = NODES.objectNode();
        json.put("deviceId", channel.deviceId());
        json.put("channelId", channel.channelId());
        json.put("name", channel.name());
        json.put("manufacturer", channel.manufacturer());
        json.put("model", channel.model());
        json.put("civilCode", channel.civilCode());
        json.put("parentId", channel.parentId());
        json.put("status", channel.status());
        json.put("longitude", channel.longitude());
        json.put("latitude", channel.latitude());
        json.put("ptzType", channel.ptzType());
        json.put("updatedAt", text(channel.updatedAt()));
        return json;
    }

    static ObjectNode info(GbDeviceInfo info) {
        ObjectNode json = NODES.objectNode();
        json.put("deviceId", info.deviceId());
        json.put("name", info.name());
        json.put("manufacturer", info.manufacturer());
        json.put("model", info.model());
        json.put("firmware", info.firmware());
        json.put("channelCount", info.channelCount());
        return json;
    }

    static ObjectNode status(GbDeviceStatus status) {
        ObjectNode json = NODES.objectNode();
        json.put("deviceId", status.deviceId());
        json.put("online", status.online());
        json.put("working", status.working());
        json.put("reason", status.reason());
        json.put("encoding", status.encoding());
        json.put("recording", status.recording());
        json.put("deviceTime", status.deviceTime() == null ? null : status.deviceTime().toString());
        ArrayNode alarms = json.putArray("alarmInputs");
        status.alarmInputs().forEach(input ->
                alarms.addObject().put("deviceId", input.deviceId()).put("dutyStatus", input.dutyStatus()));
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
