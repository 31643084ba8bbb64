package org.xueliang.analytics;

/**
 * The values of {@link AnalyticsEvent#type()} and the keys of {@link AnalyticsEvent#details()}.
 * Constants rather than an enum so that the alert side stores and filters plain strings and a new
 * type needs no change there.
 */
public final class EventTypes {
    /** Something stayed inside a zone for its dwell time. */
    public static final String ZONE_INTRUSION = "ZONE_INTRUSION";
    /** A track went from outside a region to inside. */
    public static final String REGION_ENTRANCE = "REGION_ENTRANCE";
    /** A track went from inside a region to outside. */
    public static final String REGION_EXIT = "REGION_EXIT";
    /** A track crossed a line in an armed direction. */
    public static final String LINE_CROSSING = "LINE_CROSSING";
    /** A track stayed in a region longer than allowed. */
    public static final String LOITERING = "LOITERING";
    /** Too many tracks, or too much moving foreground, in a region for too long. */
    public static final String CROWD = "CROWD";
    /** A track moved faster than allowed. */
    public static final String FAST_MOVEMENT = "FAST_MOVEMENT";
    /** Something new stays where the long-term background had nothing. */
    public static final String ABANDONED_OBJECT = "ABANDONED_OBJECT";
    /** Something of the long-term background is gone. */
    public static final String OBJECT_REMOVED = "OBJECT_REMOVED";
    /** A video-quality check failed; details name the check and the health score. */
    public static final String VIDEO_QUALITY = "VIDEO_QUALITY";

    /** Detail key: comma-separated ids of the tracks involved. */
    public static final String TRACK_IDS = "trackIds";
    /** Detail key: comma-separated class labels of the tracks involved. */
    public static final String LABELS = "labels";
    /** Detail key: {@code A_TO_B} or {@code B_TO_A} for a line crossing. */
    public static final String DIRECTION = "direction";
    /** Detail key: seconds the track stayed, for dwell rules. */
    public static final String DWELL_SECONDS = "dwellSeconds";
    /** Detail key: speed in normalised frame units per second. */
    public static final String SPEED = "speed";
    /** Detail key: number of tracks counted by a crowd rule. */
    public static final String COUNT = "count";
    /** Detail key: fraction of a region covered by moving foreground. */
    public static final String DENSITY = "density";
    /** Detail key: the failed video-quality check, for example {@code BLUR}. */
    public static final String CHECK = "check";
    /** Detail key: the measured value that failed the check. */
    public static final String VALUE = "value";
    /** Detail key: the limit the value was compared with. */
    public static final String LIMIT = "limit";
    /** Detail key: the channel's health score 0..100 after the check failed. */
    public static final String HEALTH_SCORE = "healthScore";

    private EventTypes() {
    }
}
