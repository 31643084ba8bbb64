package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.xueliang.alerts.channel.FieldError;

/** RFC 7807 problem responses: {@code {"status":..,"title":..,"detail":..,"errors":[{"path","message"}]}}. */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {
    }

    static ObjectNode problem(int status, String title, String detail) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", status);
        body.put("title", title);
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    static ObjectNode problem(int status, String title, List<FieldError> errors) {
        ObjectNode body = problem(status, title, errors.stream().map(FieldError::toString)
                .reduce((a, b) -> a + "; " + b).orElse(null));
        ArrayNode list = body.putArray("errors");
        for (FieldError error : errors) {
            list.addObject().put("path", error.path()).put("message", error.message());
        }
        return body;
    }

    static void send(RoutingContext ctx, ObjectNode problem) {
        Responses.send(ctx, problem.get("status").asInt(), CONTENT_TYPE, problem);
    }
}
