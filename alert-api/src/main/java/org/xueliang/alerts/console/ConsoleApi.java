package org.xueliang.alerts.console;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the web console's routes work on besides the alert and channel API.
 *
 * @param live      live viewers of analysis frames
 * @param snapshots latest analysis frames
 * @param video     full-rate remux sessions
 * @param prober    checks sources before onboarding
 * @param layouts   saved video walls (blocking, used through the store executor)
 * @param stats     alert statistics (blocking, used through the store executor)
 * @param zone      the time zone of statistics when the request names none
 */
public record ConsoleApi(LiveHub live, SnapshotSource snapshots, VideoStreams video, SourceProber prober,
                         LayoutStore layouts, StatsQueries stats, ZoneId zone) {
    public ConsoleApi {
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(prober, "prober");
        Objects.requireNonNull(layouts, "layouts");
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(zone, "zone");
    }
}
