package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.console.Layout;
import org.xueliang.alerts.console.LayoutJson;
import org.xueliang.alerts.console.LayoutReader;
import org.xueliang.alerts.console.LayoutStore;

/**
 * {@code GET/PUT /api/v1/me/layout}: the caller's video wall, saved under his name. Channels that
 * were deleted or left his scope since are left out when it is read back.
 */
final class LayoutHandler {
    private final LayoutStore layouts;
    private final ConsoleAccess access;
    private final Blocking blocking;

    LayoutHandler(LayoutStore layouts, ConsoleAccess access, Blocking blocking) {
        this.layouts = layouts;
        this.access = access;
        this.blocking = blocking;
    }

    void get(RoutingContext ctx) {
        String owner = Access.principal(ctx).name();
        AlertScope scope = access.scope(ctx);
        blocking.call(() -> {
            List<String> visible = access.visibleIds(scope);
            return layouts.find(owner).map(layout -> watchable(layout, Set.copyOf(visible)))
                    .orElseGet(() -> Layout.defaultFor(visible));
        }).onSuccess(layout -> Responses.json(ctx, 200, LayoutJson.write(layout))).onFailure(ctx::fail);
    }

    void put(RoutingContext ctx) {
        String owner = Access.principal(ctx).name();
        AlertScope scope = access.scope(ctx);
        JsonNode body = JsonBody.read(ctx);
        blocking.call(() -> {
            Set<String> visible = new HashSet<>(access.visibleIds(scope));
            List<FieldError> errors = new ArrayList<>();
            Layout layout = LayoutReader.read(body, visible::contains, errors);
            if (layout == null) {
                throw new InvalidRequestException("invalid layout", errors);
            }
            layouts.save(owner, layout);
            return layout;
        }).onSuccess(layout -> Responses.json(ctx, 200, LayoutJson.write(layout))).onFailure(ctx::fail);
    }

    private static Layout watchable(Layout layout, Set<String> visible) {
        Layout.Tour tour = layout.tour() == null ? null : new Layout.Tour(
                layout.tour().channels().stream().filter(visible::contains).toList(), layout.tour().intervalSeconds());
        return new Layout(layout.tiles(), layout.channels().stream().filter(visible::contains).toList(),
                layout.overlay(), tour);
    }
}
