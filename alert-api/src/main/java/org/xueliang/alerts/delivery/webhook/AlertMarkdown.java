package org.xueliang.alerts.delivery.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Markdown text of group robot messages, in Chinese for the duty officers who read them on
 * their phones, made from a delivery's payload. Only the Markdown subset that both WeCom and
 * DingTalk render is used: a heading, list lines, a link and a quote.
 */
final class AlertMarkdown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AlertMarkdown() {
    }

    /** The short title: what and where, for the notification line. */
    static String title(JsonNode payload) {
        JsonNode alert = payload.path("alert");
        String what = switch (payload.path("event").asText()) {
            case "state" -> "告警状态 " + alert.path("state").asText();
            case "escalated" -> "告警升级 超时未受理";
            case "overdue" -> "告警超期 未办结";
            default -> "告警";
        };
        return "【" + what + "】" + alert.path("type").asText() + " " + alert.path("channelId").asText();
    }

    static String text(JsonNode payload, ZoneId zone) {
        JsonNode alert = payload.path("alert");
        StringBuilder text = new StringBuilder("### ").append(title(payload)).append("\n");
        line(text, "通道", alert.path("channelId").asText());
        line(text, "规则", alert.path("ruleId").asText());
        line(text, "级别", payload.path("level").asText());
        line(text, "辖区", payload.path("jurisdiction").isTextual() ? payload.path("jurisdiction").asText() : "未划定");
        line(text, "时间", TIME.format(Instant.parse(alert.path("eventTime").asText()).atZone(zone)) + " (" + zone + ")");
        line(text, "状态", alert.path("state").asText());
        optionalLine(text, "说明", alert.path("description"));
        optionalLine(text, "处理人", alert.path("acknowledgedBy"));
        optionalLine(text, "备注", alert.path("acknowledgeNote"));
        if (alert.path("snapshotLink").isTextual()) {
            text.append("\n[查看快照](").append(alert.path("snapshotLink").asText()).append(")\n");
        }
        text.append("\n> 告警编号 ").append(alert.path("id").asText()).append("\n");
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("- ").append(label).append("：").append(value).append("\n");
    }

    private static void optionalLine(StringBuilder text, String label, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            line(text, label, value.asText());
        }
    }
}
