package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.console.StatsFormats;
import org.xueliang.alerts.console.StatsQueries;
import org.xueliang.alerts.console.StatsSummary;

/**
 * {@code GET /api/v1/stats/summary?from=&to=&tz=} and its CSV twin {@code summary.csv}: alert
 * statistics of an event time window (the last 7 days by default) within the caller's scope.
 */
final class StatsHandler {
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
    private static final List<String> PARAMS = List.of("from", "to", "tz");

    private final StatsQueries stats;
    private final ConsoleAccess access;
    private final Blocking blocking;
    private final Clock clock;
    private final ZoneId zone;

    StatsHandler(StatsQueries stats, ConsoleAccess access, Blocking blocking, Clock clock, ZoneId zone) {
        this.stats = stats;
        this.access = access;
        this.blocking = blocking;
        this.clock = clock;
        this.zone = zone;
    }

    void summary(RoutingContext ctx) {
        query(ctx).onSuccess(summary -> Responses.json(ctx, 200, StatsFormats.json(summary))).onFailure(ctx::fail);
    }

    void csv(RoutingContext ctx) {
        query(ctx).onSuccess(summary -> ctx.response()
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=\"alerts-" + fileTime(summary.from()) + "-"
                        + fileTime(summary.to()) + ".csv\"")
                .end(StatsFormats.csv(summary))).onFailure(ctx::fail);
    }

    /** Colons are not allowed in Windows file names. */
    private static String fileTime(Instant instant) {
        return instant.toString().replace(':', '-');
    }

    private io.vertx.core.Future<StatsSummary> query(RoutingContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        MultiMap params = ctx.queryParams();
        params.names().stream().filter(name -> !PARAMS.contains(name)).sorted().forEach(name ->
                errors.add(new FieldError(name, "unknown parameter, allowed: " + String.join(", ", PARAMS))));
        Instant now = clock.instant();
        Instant to = instant(params, "to", now, errors);
        Instant from = instant(params, "from", to.minus(DEFAULT_WINDOW), errors);
        ZoneId tz = zone(params.get("tz"), errors);
        if (!from.isBefore(to)) {
            errors.add(new FieldError("from", "must be before to (" + to + "), got " + from));
        } else if (Duration.between(from, to).compareTo(StatsQueries.MAX_WINDOW) > 0) {
            errors.add(new FieldError("to", "must be at most " + StatsQueries.MAX_WINDOW.toDays()
                    + " days after from, got " + Duration.between(from, to).toDays() + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
        AlertScope scope = access.scope(ctx);
        return blocking.call(() -> stats.summary(from, to, scope.channels(), tz));
    }

    /** An optional instant parameter, read as the workflow's statistics read theirs. */
    private static Instant instant(MultiMap params, String name, Instant fallback, List<FieldError> errors) {
        Instant given = WorkflowHandlers.instant(params, name, errors);
        return given == null ? fallback : given;
    }

    private ZoneId zone(String text, List<FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return zone;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            errors.add(new FieldError("tz", "must be a time zone such as Asia/Shanghai or +08:00, got "
                    + FieldReader.quote(text)));
            return zone;
        }
    }
}
