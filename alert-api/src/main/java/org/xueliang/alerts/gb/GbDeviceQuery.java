package org.xueliang.alerts.gb;

/**
 * Filter and page of a device listing.
 *
 * @param online only devices in this state, or null for all
 * @param limit  page size, 1..{@value #MAX_LIMIT}
 * @param offset devices to skip, at least 0
 */
public record GbDeviceQuery(Boolean online, int limit, long offset) {
    /** Largest page the store hands out. */
    public static final int MAX_LIMIT = 500;
    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    public GbDeviceQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("device query limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("device query offset must be at least 0, got " + offset);
        }
    }

    /** Every device, first page. */
    public static GbDeviceQuery all() {
        return new GbDeviceQuery(null, DEFAULT_LIMIT, 0);
    }
}
