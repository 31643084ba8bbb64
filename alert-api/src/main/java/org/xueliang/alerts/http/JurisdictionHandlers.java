package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.xueliang.alerts.jurisdiction.ImportRows;
import org.xueliang.alerts.jurisdiction.InvalidImportException;
import org.xueliang.alerts.jurisdiction.Jurisdiction;
import org.xueliang.alerts.jurisdiction.JurisdictionRegistry;
import org.xueliang.alerts.jurisdiction.Site;

/** Handlers of {@code /api/v1/jurisdictions}, {@code /api/v1/sites} and channel assignments: one method per route. */
final class JurisdictionHandlers {
    private final JurisdictionRegistry registry;
    private final Blocking blocking;

    JurisdictionHandlers(JurisdictionRegistry registry, Blocking blocking) {
        this.registry = registry;
        this.blocking = blocking;
    }

    void list(RoutingContext ctx) {
        respond(ctx, 200, () -> JurisdictionJson.jurisdictions(registry.list()));
    }

    void get(RoutingContext ctx) {
        String code = ctx.pathParam("code");
        respond(ctx, 200, () -> JurisdictionJson.jurisdiction(registry.get(code)));
    }

    void create(RoutingContext ctx) {
        Jurisdiction jurisdiction = JurisdictionBodies.jurisdiction(JsonBody.read(ctx), null);
        created(ctx, ApiRouter.API + "/jurisdictions/" + jurisdiction.code(),
                () -> JurisdictionJson.jurisdiction(registry.create(jurisdiction)));
    }

    void replace(RoutingContext ctx) {
        Jurisdiction jurisdiction = JurisdictionBodies.jurisdiction(JsonBody.read(ctx), ctx.pathParam("code"));
        respond(ctx, 200, () -> JurisdictionJson.jurisdiction(registry.replace(jurisdiction)));
    }

    void delete(RoutingContext ctx) {
        String code = ctx.pathParam("code");
        noContent(ctx, () -> registry.delete(code));
    }

    /** A CSV with a header row, or a JSON array; 200 with the report even when rows were rejected. */
    void importRows(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw new InvalidImportException("the body is empty: send a CSV with a header row, or a JSON array");
        }
        ImportRows.Result rows;
        if (mediaType.equalsIgnoreCase("text/csv")) {
            rows = ImportRows.fromCsv(utf8(body));
        } else if (mediaType.equalsIgnoreCase("application/json")) {
            rows = ImportRows.fromJson(JsonBody.read(ctx));
        } else {
            throw new UnsupportedMediaTypeException(contentType, "text/csv or application/json");
        }
        respond(ctx, 200, () -> JurisdictionJson.report(registry.importRows(rows)));
    }

    private static String utf8(Buffer body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes())).toString();
        } catch (CharacterCodingException e) {
            // spreadsheets in China often save GBK: say so rather than import garbled names
            throw new InvalidImportException("the CSV is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
    }

    void sites(RoutingContext ctx) {
        respond(ctx, 200, () -> JurisdictionJson.sites(registry.sites()));
    }

    void site(RoutingContext ctx) {
        String code = ctx.pathParam("code");
        respond(ctx, 200, () -> JurisdictionJson.site(registry.site(code)));
    }

    void createSite(RoutingContext ctx) {
        Site site = JurisdictionBodies.site(JsonBody.read(ctx), null);
        created(ctx, ApiRouter.API + "/sites/" + site.code(), () -> JurisdictionJson.site(registry.createSite(site)));
    }

    void replaceSite(RoutingContext ctx) {
        Site site = JurisdictionBodies.site(JsonBody.read(ctx), ctx.pathParam("code"));
        respond(ctx, 200, () -> JurisdictionJson.site(registry.replaceSite(site)));
    }

    void deleteSite(RoutingContext ctx) {
        String code = ctx.pathParam("code");
        noContent(ctx, () -> registry.deleteSite(code));
    }

    void assignment(RoutingContext ctx) {
        String channel = JurisdictionBodies.channelId(ctx.pathParam("id"));
        respond(ctx, 200, () -> JurisdictionJson.assignment(registry.assignment(channel)));
    }

    void assign(RoutingContext ctx) {
        String channel = JurisdictionBodies.channelId(ctx.pathParam("id"));
        var assignment = JurisdictionBodies.assignment(JsonBody.read(ctx), channel);
        respond(ctx, 200, () -> JurisdictionJson.assignment(registry.assign(assignment)));
    }

    void unassign(RoutingContext ctx) {
        String channel = JurisdictionBodies.channelId(ctx.pathParam("id"));
        noContent(ctx, () -> registry.unassign(channel));
    }

    private <T extends JsonNode> void respond(RoutingContext ctx, int status, Callable<T> work) {
        blocking.call(work).onSuccess(json -> Responses.json(ctx, status, json)).onFailure(ctx::fail);
    }

    private <T extends JsonNode> void created(RoutingContext ctx, String location, Callable<T> work) {
        blocking.call(work).onSuccess(json -> {
            ctx.response().putHeader("Location", location);
            Responses.json(ctx, 201, json);
        }).onFailure(ctx::fail);
    }

    private void noContent(RoutingContext ctx, Runnable work) {
        blocking.call(() -> {
            work.run();
            return null;
        }).onSuccess(ignored -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }
}
