package org.xueliang.alerts.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.delivery.DeliveryChannel;

class WebhookReplyTest {
    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of(DeliveryChannel.WEBHOOK_GENERIC, 200, "", null),
                Arguments.of(DeliveryChannel.WEBHOOK_GENERIC, 204, "", null),
                Arguments.of(DeliveryChannel.WEBHOOK_GENERIC, 202, "{\"errcode\": 5}", null),
                Arguments.of(DeliveryChannel.WEBHOOK_GENERIC, 500, "boom\n  at line 3", "HTTP 500: boom at line 3"),
                Arguments.of(DeliveryChannel.WEBHOOK_GENERIC, 301, "", "HTTP 301"),
                Arguments.of(DeliveryChannel.WEBHOOK_WECOM, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}", null),
                Arguments.of(DeliveryChannel.WEBHOOK_WECOM, 200,
                        "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [1714550402_1]\"}",
                        "errcode 93000: invalid webhook url, hint: [1714550402_1]"),
                Arguments.of(DeliveryChannel.WEBHOOK_DINGTALK, 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}",
                        "errcode 310000: sign not match"),
                Arguments.of(DeliveryChannel.WEBHOOK_DINGTALK, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}", null),
                Arguments.of(DeliveryChannel.WEBHOOK_DINGTALK, 200, "<html>proxy</html>",
                        "HTTP 200 but the robot's answer is not JSON: <html>proxy</html>"),
                Arguments.of(DeliveryChannel.WEBHOOK_WECOM, 200, "{\"ok\":true}",
                        "HTTP 200 but the robot's answer has no errcode: {\"ok\":true}"),
                Arguments.of(DeliveryChannel.WEBHOOK_WECOM, 502, "", "HTTP 502"));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void judgesTheAnswer(DeliveryChannel channel, int status, String body, String expected) {
        assertThat(WebhookReply.problem(channel, status, body)).isEqualTo(expected);
    }
}
