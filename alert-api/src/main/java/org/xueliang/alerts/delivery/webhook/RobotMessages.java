package org.xueliang.alerts.delivery.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;

/**
 * The bodies that group robots accept, made from a delivery's JSON payload:
 * WeCom {@code {"msgtype":"markdown","markdown":{"content":...}}} and DingTalk
 * {@code {"msgtype":"markdown","markdown":{"title":...,"text":...}}}.
 */
public final class RobotMessages {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** WeCom refuses Markdown content longer than 4096 bytes. */
    static final int WECOM_MAX_BYTES = 4096;

    private RobotMessages() {
    }

    public static String wecom(String payload, ZoneId zone) {
        ObjectNode body = MAPPER.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("content", fitWecom(AlertMarkdown.text(parse(payload), zone)));
        return write(body);
    }

    public static String dingTalk(String payload, ZoneId zone) {
        JsonNode tree = parse(payload);
        ObjectNode body = MAPPER.createObjectNode().put("msgtype", "markdown");
        body.putObject("markdown").put("title", AlertMarkdown.title(tree)).put("text", AlertMarkdown.text(tree, zone));
        return write(body);
    }

    /** Cuts the text at a character boundary so that its UTF-8 form fits WeCom's limit. */
    private static String fitWecom(String text) {
        StringBuilder fitted = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > WECOM_MAX_BYTES) {
                break;
            }
            fitted.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return fitted.toString();
    }

    private static JsonNode parse(String payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a delivery payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(JsonNode body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a robot message", e);
        }
    }
}
