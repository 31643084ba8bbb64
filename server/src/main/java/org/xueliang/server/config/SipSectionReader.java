package org.xueliang.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.FieldReader;

/** Reads the {@code sip} section: the GB28181 gateway, its media ports and keepalive settings. */
final class SipSectionReader {
    static final List<String> KEYS = List.of("enabled", "id", "domain", "password", "port", "ip", "mediaIp",
            "mediaPorts", "keepaliveInterval", "keepaliveCount", "rtpTimeout", "devicePasswords");
    static final String DEFAULT_IP = "127.0.0.1";
    static final String DEFAULT_MEDIA_PORTS = "30000-30499";
    private static final int MAX_PORT = 65535;
    private static final int MAX_KEEPALIVE_COUNT = 100;
    private static final Pattern PORT_RANGE = Pattern.compile("(\\d{1,5})\\s*-\\s*(\\d{1,5})");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern GB_ID = Pattern.compile("\\d{20}");

    private SipSectionReader() {
    }

    static SipConfig read(FieldReader sip) {
        sip.refuseUnknownKeys(KEYS);
        boolean enabled = sip.bool("enabled", false);
        String id = digits(sip, "id", 20, enabled);
        String domain = digits(sip, "domain", 10, enabled);
        String password = sip.secret("password", "");
        if (enabled && password.isEmpty()) {
            sip.error("password", "is required when sip.enabled is true");
        }
        int port = sip.integer("port", 5060, 1, MAX_PORT);
        String ip = address(sip, "ip", DEFAULT_IP);
        // an unset mediaIp is the ip, whose problems are reported once, under ip
        String mediaIp = sip.has("mediaIp") ? address(sip, "mediaIp", ip) : ip;
        int[] mediaPorts = portRange(sip, port);
        Duration keepaliveInterval = sip.positiveDuration("keepaliveInterval", Duration.ofSeconds(60));
        int keepaliveCount = sip.integer("keepaliveCount", 3, 1, MAX_KEEPALIVE_COUNT);
        Duration rtpTimeout = sip.positiveDuration("rtpTimeout", Duration.ofSeconds(10));
        return new SipConfig(enabled, id, domain, password, port, ip, mediaIp, mediaPorts[0], mediaPorts[1],
                keepaliveInterval, keepaliveCount, rtpTimeout, devicePasswords(sip));
    }

    /**
     * A GB28181 code of exactly {@code count} digits. Unquoted YAML numbers are accepted: such
     * codes never start with 0 (they begin with a province code), so nothing is lost.
     */
    private static String digits(FieldReader sip, String key, int count, boolean required) {
        JsonNode node = sip.get(key);
        String text = node != null && node.isIntegralNumber() ? node.bigIntegerValue().toString()
                : sip.string(key, "");
        if (!required) {
            return text;
        }
        if (text.isEmpty()) {
            sip.error(key, "is required when sip.enabled is true, " + count + " digits");
        } else if (!text.matches("\\d{" + count + "}")) {
            sip.error(key, "must be " + count + " digits, got " + FieldReader.quote(text));
        }
        return text;
    }

    /** An IPv4 or IPv6 address that devices can send to: no host names (no DNS at start), not 0.0.0.0. */
    private static String address(FieldReader sip, String key, String fallback) {
        String text = sip.string(key, fallback).strip();
        Matcher v4 = IPV4.matcher(text);
        boolean valid = v4.matches() ? octets(v4) : text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!valid) {
            sip.error(key, "must be an IP address devices can reach, got " + FieldReader.quote(text));
        } else if (text.equals("0.0.0.0") || text.equals("::")) {
            sip.error(key, "must be the address devices reach this server at, not the wildcard " + text);
        }
        return text;
    }

    private static boolean octets(Matcher v4) {
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(v4.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** {@code mediaPorts: 30000-30499}: first and last port, within 1..65535, not containing the SIP port. */
    private static int[] portRange(FieldReader sip, int sipPort) {
        String text = sip.string("mediaPorts", DEFAULT_MEDIA_PORTS).strip();
        Matcher range = PORT_RANGE.matcher(text);
        String rule = "must be FROM-TO with 1 <= FROM <= TO <= 65535, e.g. \"" + DEFAULT_MEDIA_PORTS + "\", got "
                + FieldReader.quote(text);
        if (!range.matches()) {
            sip.error("mediaPorts", rule);
            return new int[] {30000, 30499};
        }
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (from < 1 || to > MAX_PORT || from > to) {
            sip.error("mediaPorts", rule);
        } else if (sipPort >= from && sipPort <= to) {
            sip.error("mediaPorts", "must not contain the SIP port " + sipPort + ", got " + FieldReader.quote(text));
        }
        return new int[] {from, to};
    }

    /** {@code devicePasswords: {"<20-digit id>": "<password>"}}. */
    private static Map<String, String> devicePasswords(FieldReader sip) {
        FieldReader passwords = sip.object("devicePasswords");
        Map<String, String> byDevice = new LinkedHashMap<>();
        JsonNode node = sip.get("devicePasswords");
        if (node == null || !node.isObject()) {
            return byDevice;
        }
        for (Iterator<String> ids = node.fieldNames(); ids.hasNext(); ) {
            String device = ids.next();
            if (!GB_ID.matcher(device).matches()) {
                passwords.error(device, "must be a 20-digit device id");
                continue;
            }
            String secret = passwords.secret(device, null);
            if (secret != null && secret.isEmpty()) {
                passwords.error(device, "must not be empty");
            } else if (secret != null) {
                byDevice.put(device, secret);
            }
        }
        return byDevice;
    }
}
