package org.xueliang.alerts.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliveryPayload;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.analytics.Box;

class RobotMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String LINK = "https://xl.example.org/snapshots/a1?expires=1715155202&sig=ab12";
    private static final Alert ALERT = Alert.newAlert("a1", "gate-north", "lawn", "ZONE_INTRUSION",
            Instant.parse("2024-05-01T08:00:00Z"), Instant.parse("2024-05-01T08:00:01Z"),
            List.of(new Box(10, 20, 30, 40)), 5120);

    private static String payload(Alert alert, String kind) {
        return DeliveryPayload.write(Delivery.idempotencyKey(alert.id(), "duty", kind), kind, "duty", "340202001",
                alert, LINK);
    }

    @Test
    void wecomGetsMarkdownContentWithTheSnapshotLink() throws Exception {
        JsonNode body = JSON.readTree(RobotMessages.wecom(payload(ALERT, Delivery.NEW_ALERT), SHANGHAI));

        assertThat(body.fieldNames()).toIterable().containsExactly("msgtype", "markdown");
        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").fieldNames()).toIterable().containsExactly("content");
        assertThat(body.path("markdown").path("content").asText()).isEqualTo("""
                ### 【告警】ZONE_INTRUSION gate-north
                - 通道：gate-north
                - 规则：lawn
                - 级别：2
                - 辖区：340202001
                - 时间：2024-05-01 16:00:00 (Asia/Shanghai)
                - 状态：NEW

                [查看快照](%s)

                > 告警编号 a1
                """.formatted(LINK));
    }

    @Test
    void dingTalkGetsTitleAndTextOfAStateChange() throws Exception {
        Alert acknowledged = new Alert("a1", "gate-north", "lawn", "ZONE_INTRUSION", AlertState.ACKNOWLEDGED,
                ALERT.eventTime(), ALERT.createdAt(), ALERT.boxes(), 0, Instant.parse("2024-05-01T08:05:00Z"),
                "王伟", "已派网格员", null, 2);

        JsonNode body = JSON.readTree(RobotMessages.dingTalk(payload(acknowledged,
                Delivery.stateChange("ACKNOWLEDGED")), SHANGHAI));

        assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.path("markdown").fieldNames()).toIterable().containsExactly("title", "text");
        assertThat(body.path("markdown").path("title").asText())
                .isEqualTo("【告警状态 ACKNOWLEDGED】ZONE_INTRUSION gate-north");
        assertThat(body.path("markdown").path("text").asText()).isEqualTo("""
                ### 【告警状态 ACKNOWLEDGED】ZONE_INTRUSION gate-north
                - 通道：gate-north
                - 规则：lawn
                - 级别：2
                - 辖区：340202001
                - 时间：2024-05-01 16:00:00 (Asia/Shanghai)
                - 状态：ACKNOWLEDGED
                - 处理人：王伟
                - 备注：已派网格员

                > 告警编号 a1
                """);
    }

    @Test
    void wecomContentIsCutToItsByteLimitOnACharacterBoundary() throws Exception {
        Alert wordy = Alert.newTextAlert("a2", "gate-north", "gb28181", "DEVICE_ALARM", ALERT.eventTime(),
                ALERT.createdAt(), "告".repeat(2000), 1);

        String content = JSON.readTree(RobotMessages.wecom(payload(wordy, Delivery.NEW_ALERT), SHANGHAI))
                .path("markdown").path("content").asText();

        int bytes = content.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isLessThanOrEqualTo(RobotMessages.WECOM_MAX_BYTES).isGreaterThan(4090);
        assertThat(content).startsWith("### 【告警】DEVICE_ALARM gate-north\n").endsWith("告");
    }
}
