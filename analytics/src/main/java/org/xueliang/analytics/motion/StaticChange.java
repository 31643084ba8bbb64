package org.xueliang.analytics.motion;

import java.time.Instant;
import org.xueliang.analytics.Box;

/**
 * A part of the picture that no longer matches the long-term background but has stopped moving:
 * something left behind, or something taken away.
 *
 * @param id    stable id while the change persists
 * @param box   normalised bounding box
 * @param area  changed area as a fraction of the frame
 * @param kind  whether something appeared or disappeared
 * @param since capture time of the first evaluation that saw the change
 */
public record StaticChange(long id, Box box, double area, Kind kind, Instant since) {

    /** What changed against the long-term background. */
    public enum Kind {
        /** The picture has more structure (edges) than the background had: an object was left. */
        APPEARED,
        /** The background's structure is gone: an object was removed. */
        DISAPPEARED
    }
}
