package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.console.SnapshotSource;
import org.xueliang.alerts.console.SourceProber;

/**
 * What an integrator needs to onboard a channel: {@code POST /api/v1/channels/probe} checks a
 * source before it is saved, {@code GET /api/v1/channels/:id/snapshot} gives the picture to draw
 * zones on.
 */
final class OnboardingHandlers {
    /** Any valid id: the probe reads a channel body around the source to check it like a real one. */
    private static final String PROBE_ID = "probe";
    private static final List<String> PROBE_KEYS = List.of("source");

    private final SourceProber prober;
    private final SnapshotSource snapshots;
    private final ChannelSpecReader specReader;
    private final ConsoleAccess access;
    private final Blocking blocking;

    OnboardingHandlers(SourceProber prober, SnapshotSource snapshots, ChannelSpecReader specReader,
                       ConsoleAccess access, Blocking blocking) {
        this.prober = prober;
        this.snapshots = snapshots;
        this.specReader = specReader;
        this.access = access;
        this.blocking = blocking;
    }

    void probe(RoutingContext ctx) {
        JsonNode body = JsonBody.read(ctx);
        // checking a file source looks at the disk: on a store thread; connecting takes seconds: on a worker
        blocking.call(() -> source(body))
                .compose(spec -> ctx.vertx().executeBlocking(() -> prober.probe(spec.source()), false))
                .onSuccess(result -> Responses.json(ctx, 200, probed(result)))
                .onFailure(ctx::fail);
    }

    void snapshot(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        AlertScope scope = access.scope(ctx);
        blocking.call(() -> {
            access.channel(id, scope);
            return snapshots.latestJpeg(id).orElseThrow(() -> new NotFoundException(
                    "channel \"" + id + "\" has no analysed frame yet: it is not running or has not started"));
        }).onSuccess(jpeg -> ctx.response().putHeader("Content-Type", "image/jpeg")
                .putHeader("Cache-Control", "no-store").end(Buffer.buffer(jpeg))).onFailure(ctx::fail);
    }

    private ChannelSpec source(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        if (FieldReader.isAbsent(body) || !body.isObject()) {
            errors.add(new FieldError("", "must be an object {\"source\": {...}}, got " + FieldReader.show(body)));
            throw new InvalidRequestException("invalid probe request", errors);
        }
        FieldReader.of(body, "", errors).refuseUnknownKeys(PROBE_KEYS);
        ObjectNode channel = JsonNodeFactory.instance.objectNode().put("id", PROBE_ID);
        if (body.has("source")) {
            channel.set("source", body.get("source"));
        }
        ChannelSpec spec = specReader.read(channel, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid probe request", errors);
        }
        return spec;
    }

    private static ObjectNode probed(SourceProber.ProbeResult result) {
        return JsonNodeFactory.instance.objectNode().put("codec", result.codec()).put("width", result.width())
                .put("height", result.height()).put("fps", result.fps())
                .put("snapshot", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(result.jpeg()));
    }
}
