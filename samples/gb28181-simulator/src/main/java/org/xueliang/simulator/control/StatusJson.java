package org.xueliang.simulator.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xueliang.simulator.FleetSnapshot;
import org.xueliang.simulator.device.Channel;
import org.xueliang.simulator.device.DeviceSnapshot;
import org.xueliang.simulator.media.StreamSnapshot;

/** Maps the fleet's snapshot records to the JSON shape of {@code GET /status}. */
final class StatusJson {

    private StatusJson() {
    }

    static String fleet(FleetSnapshot fleet) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("total", fleet.total());
        root.put("registered", fleet.registered());
        root.put("registrationsPerSecond", fleet.registrationsPerSecond());
        root.put("keepalivesAnswered", fleet.keepalivesAnswered());
        root.put("transactionsInFlight", fleet.transactionsInFlight());
        root.put("devices", fleet.devices().stream().map(StatusJson::device).toList());
        return Json.write(root);
    }

    static Map<String, Object> device(DeviceSnapshot device) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deviceId", device.deviceId());
        json.put("transport", device.transport());
        json.put("localAddress", device.localAddress());
        json.put("registered", device.registered());
        json.put("registeredAt", device.registeredAt());
        json.put("expiresAt", device.expiresAt());
        json.put("lastKeepalive", device.lastKeepalive());
        json.put("keepalivesSent", device.keepalivesSent());
        json.put("keepaliveFailures", device.keepaliveFailures());
        json.put("lastError", device.lastError());
        json.put("alarmsSent", device.alarmsSent());
        json.put("alarmAcks", device.alarmAcks());
        json.put("lastPtzCmd", device.lastPtzCmd());
        json.put("channels", device.channels().stream().map(StatusJson::channel).toList());
        json.put("streams", device.streams().stream().map(StatusJson::stream).toList());
        return json;
    }

    private static Map<String, Object> channel(Channel channel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", channel.id());
        json.put("name", channel.name());
        return json;
    }

    private static Map<String, Object> stream(StreamSnapshot stream) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("callId", stream.callId());
        json.put("channelId", stream.channelId());
        json.put("ssrc", stream.ssrc());
        json.put("transport", stream.transport());
        json.put("destination", stream.destination());
        json.put("startedAt", stream.startedAt());
        json.put("frames", stream.frames());
        json.put("packets", stream.packets());
        json.put("bytes", stream.bytes());
        return json;
    }
}
