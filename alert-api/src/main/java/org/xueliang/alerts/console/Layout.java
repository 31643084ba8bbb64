package org.xueliang.alerts.console;

import java.util.List;
import java.util.Objects;

/**
 * One user's video wall: how many tiles, which channel in which tile, whether the analysis
 * overlay is drawn, and an optional tour that cycles channels through the wall.
 *
 * @param tiles    1, 4, 9 or 16
 * @param channels channel ids, tile by tile, at most {@code tiles}
 * @param overlay  whether tiles draw zones, lines and tracks over the picture
 * @param tour     the channels to cycle and how fast, or null for a fixed wall
 */
public record Layout(int tiles, List<String> channels, boolean overlay, Tour tour) {
    /** The wall sizes the console offers: square grids. */
    public static final List<Integer> TILES = List.of(1, 4, 9, 16);
    /** Tiles of a wall nobody has arranged yet. */
    public static final int DEFAULT_TILES = 4;

    public Layout {
        channels = List.copyOf(channels);
    }

    /**
     * The wall of a user who saved none: the first channels he may see, overlay on, no tour.
     *
     * @param visible the ids of the channels he may see, in display order
     */
    public static Layout defaultFor(List<String> visible) {
        return new Layout(DEFAULT_TILES, visible.subList(0, Math.min(DEFAULT_TILES, visible.size())), true, null);
    }

    /**
     * A tour: the wall shows these channels in turn.
     *
     * @param channels        channel ids to cycle through
     * @param intervalSeconds how long each stays, 5 to 3600
     */
    public record Tour(List<String> channels, int intervalSeconds) {
        public static final int MIN_INTERVAL = 5;
        public static final int MAX_INTERVAL = 3600;

        public Tour {
            channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
        }
    }
}
