package org.xueliang.alerts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

/** Writes JSON responses. */
final class Responses {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, JsonNode body) {
        send(ctx, status, "application/json", body);
    }

    static void send(RoutingContext ctx, int status, String contentType, JsonNode body) {
        if (ctx.response().ended()) {
            return;
        }
        String text;
        try {
            text = MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write response JSON", e);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", contentType).end(text);
    }
}
