package org.xueliang.sip.gateway;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.TransportProtocol;

/** Requests as a device would send them, already read by a transport. */
final class Requests {
    static final String PLATFORM = "34020000002000000001";
    static final DeviceAddress UDP_SOURCE = new DeviceAddress("192.168.1.64", 5060, TransportProtocol.UDP);

    private Requests() {
    }

    static SipRequest register(String deviceId, String authorization, Integer expires) {
        Map<String, String> headers = new HashMap<>();
        headers.put("contact", "<sip:" + deviceId + "@10.0.0.7:5060>");
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        if (expires != null) {
            headers.put("expires", expires.toString());
        }
        return new SipRequest("REGISTER", PLATFORM, deviceId, deviceId, "reg-" + deviceId, 1, headers, null,
                UDP_SOURCE);
    }

    static SipRequest message(String deviceId, String body) {
        return message(deviceId, body.getBytes(StandardCharsets.UTF_8), UDP_SOURCE);
    }

    static SipRequest message(String deviceId, byte[] body, DeviceAddress source) {
        return new SipRequest("MESSAGE", PLATFORM, deviceId, PLATFORM, "msg-" + System.nanoTime(), 20,
                Map.of("content-type", "Application/MANSCDP+xml"), body, source);
    }

    static SipRequest keepalive(String deviceId, DeviceAddress source) {
        return message(deviceId, ("<?xml version=\"1.0\"?><Notify><CmdType>Keepalive</CmdType><SN>7</SN><DeviceID>"
                + deviceId + "</DeviceID><Status>OK</Status></Notify>").getBytes(StandardCharsets.UTF_8), source);
    }
}
