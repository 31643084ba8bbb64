package org.xueliang.analytics.detect;

import java.util.ArrayList;
import java.util.List;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.motion.MotionBlob;
import org.xueliang.ingest.VideoFrame;

/**
 * Runs a detector only where something moves or is tracked, and counts the work done and
 * skipped ({@link #work()}), so that the benefit of gating can be shown. With gating off it runs
 * the detector on every whole frame. Not thread-safe: one per channel; closes its detector.
 */
public final class MotionGatedDetector implements AutoCloseable {
    private final ObjectDetector detector;
    private final GatingConfig gating;
    private final RegionPlanner planner;
    private long frames;
    private long framesDetected;
    private long framesSkipped;
    private long calls;
    private double area;

    public MotionGatedDetector(ObjectDetector detector, GatingConfig gating) {
        this.detector = detector;
        this.gating = gating;
        this.planner = new RegionPlanner(gating);
    }

    /**
     * @param frame  the frame
     * @param blobs  its motion blobs
     * @param tracks boxes of the live tracks
     * @return detections in the searched regions
     */
    public List<Detection> detect(VideoFrame frame, List<MotionBlob> blobs, List<Box> tracks) {
        frames++;
        List<Box> regions = regions(frame, blobs, tracks);
        if (regions.isEmpty()) {
            framesSkipped++;
            return List.of();
        }
        framesDetected++;
        calls += regions.size();
        for (Box r : regions) {
            area += r.width() * r.height();
        }
        return detector.detect(frame, regions);
    }

    /** @return the counters so far */
    public DetectorWork work() {
        return new DetectorWork(frames, framesDetected, framesSkipped, calls, area);
    }

    @Override
    public void close() {
        detector.close();
    }

    private List<Box> regions(VideoFrame frame, List<MotionBlob> blobs, List<Box> tracks) {
        if (!gating.enabled()) {
            return List.of(ObjectDetector.WHOLE_FRAME);
        }
        List<Box> seeds = new ArrayList<>(blobs.size() + tracks.size());
        for (MotionBlob b : blobs) {
            seeds.add(b.box());
        }
        if (gating.includeTracks()) {
            seeds.addAll(tracks);
        }
        return planner.plan(seeds, frame.width() / (double) frame.height());
    }
}
