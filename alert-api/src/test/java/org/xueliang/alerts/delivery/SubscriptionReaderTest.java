package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.channel.FieldError;

class SubscriptionReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec-0123456789abcdef";
    private static final String GENERIC = "{\"id\": \"ops\", \"channel\": \"webhook-generic\", "
            + "\"url\": \"https://hooks.example.org/xl\", \"secret\": \"" + SECRET + "\"";
    private static final String ID_RULE = "must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a "
            + "letter or digit, got ";

    private static Subscription read(String json, Subscription stored, List<FieldError> errors, boolean mqtt)
            throws Exception {
        JsonNode node = JSON.readTree(json);
        return new SubscriptionReader(mqtt).read(node, stored, errors);
    }

    @Test
    void readsEveryKey() throws Exception {
        List<FieldError> errors = new ArrayList<>();

        Subscription subscription = read("""
                {"id": "township-a-dingtalk", "name": "Township A duty group", "enabled": false,
                 "channel": "webhook-dingtalk", "url": "https://oapi.dingtalk.com/robot/send?access_token=abc",
                 "secret": "SEC0123456789abcdef", "jurisdiction": "340202001", "minLevel": 2,
                 "types": ["ZONE_INTRUSION", "DEVICE_ALARM"],
                 "windows": [{"days": ["MON", "fri"], "from": "22:00", "to": "06:00"}, {"from": "12:00", "to": "13:00"}],
                 "timeZone": "+08:00", "stateChanges": false}
                """, null, errors, false);

        assertThat(errors).isEmpty();
        assertThat(subscription).isEqualTo(new Subscription("township-a-dingtalk", "Township A duty group", false,
                DeliveryChannel.WEBHOOK_DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=abc",
                "SEC0123456789abcdef", "340202001", 2, Set.of("ZONE_INTRUSION", "DEVICE_ALARM"),
                List.of(new TimeWindow(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0),
                                LocalTime.of(6, 0)),
                        new TimeWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.NOON, LocalTime.of(13, 0))),
                ZoneId.of("+08:00"), false));
    }

    @Test
    void leavesOutWhatHasDefaults() throws Exception {
        List<FieldError> errors = new ArrayList<>();

        Subscription subscription = read("{\"id\": \"console\", \"channel\": \"websocket\"}", null, errors, false);

        assertThat(subscription).isEqualTo(new Subscription("console", "console", true, DeliveryChannel.WEBSOCKET,
                null, null, null, 3, Set.of(), List.of(), ZoneId.of("Asia/Shanghai"), true));
    }

    @Test
    void maskedSecretAndUrlKeepTheStoredOnes() throws Exception {
        Subscription stored = new Subscription("wecom", "wecom", true, DeliveryChannel.WEBHOOK_WECOM,
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=real-key", null, null, 3, Set.of(), List.of(),
                Subscription.DEFAULT_TIME_ZONE, true);
        JsonNode masked = SubscriptionJson.toJson(stored, true);
        assertThat(masked.path("url").asText()).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
        List<FieldError> errors = new ArrayList<>();

        Subscription back = new SubscriptionReader(false).read(masked, stored, errors);

        assertThat(errors).isEmpty();
        assertThat(back).isEqualTo(stored);
    }

    @Test
    void storedFormReadsBackUnchanged() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Subscription original = read(GENERIC + ", \"types\": [\"ZONE_INTRUSION\"], \"windows\": [{\"days\": "
                + "[\"SAT\", \"SUN\"], \"from\": \"00:00\", \"to\": \"00:00\"}]}", null, errors, false);

        Subscription back = new SubscriptionReader(false).read(SubscriptionJson.toJson(original, false), null, errors);

        assertThat(errors).isEmpty();
        assertThat(back).isEqualTo(original);
        assertThat(SubscriptionJson.toJson(original, true).path("secret").asText()).isEqualTo("***");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                bad("{}", "id: is required", "channel: is required, one of websocket, mqtt, webhook-generic, "
                        + "webhook-wecom, webhook-dingtalk"),
                bad("[1]", "must be an object (key: value pairs), got a list"),
                bad("{\"id\": \"Ops Desk\", \"channel\": \"websocket\", \"colour\": \"red\"}",
                        "colour: unknown key, allowed: id, name, enabled, channel, url, secret, jurisdiction, minLevel, "
                                + "types, windows, timeZone, stateChanges",
                        "id: " + ID_RULE + "\"Ops Desk\""),
                bad("{\"id\": \"x\", \"channel\": \"sms\"}", "channel: must be one of websocket, mqtt, webhook-generic, "
                        + "webhook-wecom, webhook-dingtalk, got \"sms\""),
                bad("{\"id\": \"x\", \"channel\": \"mqtt\"}",
                        "channel: mqtt needs a broker: set delivery.mqtt.url in the server configuration"),
                bad("{\"id\": \"x\", \"channel\": \"websocket\", \"url\": \"https://a.example\", \"secret\": \"s\"}",
                        "url: is only used by webhook channels, not by websocket",
                        "secret: is only used by webhook-generic and webhook-dingtalk, not by websocket"),
                bad("{\"id\": \"x\", \"channel\": \"webhook-wecom\"}", "url: is required for channel webhook-wecom"),
                bad("{\"id\": \"x\", \"channel\": \"webhook-wecom\", \"url\": \"ftp://user:pw@h/x?key=k1\"}",
                        "url: must start with http:// or https://, got \"ftp://user:***@h/x?key=***\""),
                bad("{\"id\": \"x\", \"channel\": \"webhook-wecom\", \"url\": \"https:///send?key=k1\"}",
                        "url: must name a host, got \"https:///send?key=***\""),
                bad("{\"id\": \"x\", \"channel\": \"webhook-generic\", \"url\": \"https://h/x\"}",
                        "secret: is required for channel webhook-generic: receivers check X-Xueliang-Signature with "
                                + "it, at least 16 characters"),
                bad("{\"id\": \"x\", \"channel\": \"webhook-generic\", \"url\": \"https://h/x\", \"secret\": \"short1\"}",
                        "secret: must be at least 16 characters, got 6"),
                bad("{\"id\": \"x\", \"channel\": \"webhook-dingtalk\", \"url\": \"https://h/x\", \"secret\": 123}",
                        "secret: must be a string, got a number (put it in quotes)"),
                bad("{\"id\": \"x\", \"channel\": \"webhook-dingtalk\", \"url\": \"https://h/x\", \"secret\": \"***\"}",
                        "secret: is the mask \"***\", give the secret itself"),
                bad("{\"id\": \"x\", \"channel\": \"websocket\", \"jurisdiction\": \"34 02\", \"minLevel\": 4}",
                        "jurisdiction: must be a jurisdiction code of 1 to 32 letters, digits, '_' or '-', starting "
                                + "with a letter or digit, got \"34 02\"",
                        "minLevel: must be between 1 and 3, got 4"),
                bad("{\"id\": \"x\", \"channel\": \"websocket\", \"types\": [\"zone_intrusion\", 7], \"enabled\": \"yes\"}",
                        "types[0]: must be an alert type in capitals like ZONE_INTRUSION, got \"zone_intrusion\"",
                        "types[1]: must be an alert type in capitals like ZONE_INTRUSION, got 7",
                        "enabled: must be true or false, got \"yes\""),
                bad("{\"id\": \"x\", \"channel\": \"websocket\", \"windows\": [{\"days\": [\"MONDAY\"], \"from\": \"8:00\"},"
                                + " {\"days\": [], \"from\": \"24:00\", \"to\": \"06:00\", \"every\": 2}, 5]}",
                        "windows[0].days[0]: must be one of MON, TUE, WED, THU, FRI, SAT, SUN, got \"MONDAY\"",
                        "windows[0].from: must be a time of day from \"00:00\" to \"23:59\", got \"8:00\"",
                        "windows[0].to: is required",
                        "windows[1].every: unknown key, allowed: days, from, to",
                        "windows[1].days: must name at least one day, or be left out for every day",
                        "windows[1].from: must be a time of day from \"00:00\" to \"23:59\", got \"24:00\"",
                        "windows[2]: must be an object (key: value pairs), got 5"),
                bad("{\"id\": \"x\", \"channel\": \"websocket\", \"timeZone\": \"Mars/Olympus\", \"name\": \""
                                + "n".repeat(101) + "\"}",
                        "name: must be at most 100 characters, got 101",
                        "timeZone: must be a time zone like \"Asia/Shanghai\" or \"+08:00\", got \"Mars/Olympus\""));
    }

    private static Arguments bad(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void reportsEveryProblemExactly(String json, List<String> expected) throws Exception {
        List<FieldError> errors = new ArrayList<>();

        Subscription subscription = read(json, null, errors, false);

        assertThat(subscription).isNull();
        assertThat(errors).map(FieldError::toString).containsExactlyElementsOf(expected);
    }
}
