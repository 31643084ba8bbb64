package org.xueliang.alerts.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.channel.FieldError;

/** Reads JSON request bodies: content type first, then strict parsing. */
final class JsonBody {
    /** Duplicate keys and trailing garbage are refused rather than half-read. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonBody() {
    }

    /**
     * The body as a JSON tree; {@link MissingNode} when it is empty.
     *
     * @throws UnsupportedMediaTypeException when a body is not declared {@code application/json}
     * @throws InvalidRequestException       when it does not parse
     */
    static JsonNode read(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            return MissingNode.getInstance();
        }
        requireJsonContentType(ctx.request().getHeader("Content-Type"));
        try {
            JsonNode node = STRICT.readTree(body.getBytes());
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("malformed request body",
                    new FieldError("", "body is not valid JSON: " + describe(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
    }

    private static void requireJsonContentType(String contentType) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new UnsupportedMediaTypeException(contentType);
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String message = e.getOriginalMessage();
        return where == null ? message
                : message + " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }
}
