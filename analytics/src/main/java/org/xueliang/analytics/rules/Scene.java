package org.xueliang.analytics.rules;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.xueliang.analytics.motion.MotionBlob;
import org.xueliang.analytics.motion.MotionMask;
import org.xueliang.analytics.motion.StaticChange;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Everything the rules may look at on one frame.
 *
 * @param time          the frame's capture time
 * @param tracks        live tracks, confirmed or not (rules fire on confirmed ones only)
 * @param blobs         the frame's motion blobs
 * @param staticChanges changes against the long-term background that currently persist
 * @param foreground    the frame's foreground mask, computed on first use
 */
public record Scene(Instant time, List<TrackedObject> tracks, List<MotionBlob> blobs,
        List<StaticChange> staticChanges, Supplier<MotionMask> foreground) {
    public Scene {
        tracks = List.copyOf(tracks);
        blobs = List.copyOf(blobs);
        staticChanges = List.copyOf(staticChanges);
    }

    /** @return a scene with tracks only, no motion, no static changes and an empty mask */
    public static Scene ofTracks(Instant time, List<TrackedObject> tracks) {
        return new Scene(time, tracks, List.of(), List.of(), () -> new MotionMask(0, 0, new byte[0]));
    }
}
