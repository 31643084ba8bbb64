package org.xueliang.alerts.jurisdiction;

import java.util.Objects;

/**
 * Where a channel belongs: to a key site or to a grid, never both.
 *
 * @param channelId the channel
 * @param site      the site's code, or null
 * @param grid      the grid's code, or null
 */
public record Assignment(String channelId, String site, String grid) {
    public Assignment {
        Objects.requireNonNull(channelId, "channelId");
        if ((site == null) == (grid == null)) {
            throw new IllegalArgumentException("channel " + channelId + " belongs to a site or a grid, got site "
                    + site + " and grid " + grid);
        }
    }

    public static Assignment toSite(String channelId, String site) {
        return new Assignment(channelId, site, null);
    }

    public static Assignment toGrid(String channelId, String grid) {
        return new Assignment(channelId, null, grid);
    }
}
