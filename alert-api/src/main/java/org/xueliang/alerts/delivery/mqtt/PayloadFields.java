package org.xueliang.alerts.delivery.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Fields read back from a stored delivery payload. */
final class PayloadFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PayloadFields() {
    }

    static String channelId(String payload) {
        try {
            return MAPPER.readTree(payload).path("alert").path("channelId").asText("");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a delivery payload is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
