package org.xueliang.analytics.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/**
 * Gives the things seen on successive frames stable ids: each live track's box is moved on by its
 * constant-velocity estimate, then observations are assigned to tracks greedily by overlap (IoU)
 * and centre distance, detections before motion blobs. A track survives
 * {@link TrackerConfig#maxMissedFrames()} frames without an observation, so a short occlusion
 * keeps its id; it is shown to the rules as confirmed after {@link TrackerConfig#minHits()}
 * observations.
 *
 * <p>A motion blob that mostly covers a detection of the same frame is the same object and is
 * dropped; one that matches no track starts a track only when
 * {@link TrackerConfig#motionCreatesTracks()}. A detection never joins a track that detectors
 * have labelled differently.
 *
 * <p>Pure and not thread-safe: one instance per channel, fed in capture order.
 */
public final class Tracker {
    /** A motion blob is taken as the same object as a detection when this much of the smaller box overlaps. */
    private static final double SAME_OBJECT_OVERLAP = 0.5;

    private final TrackerConfig config;
    private final List<Track> tracks = new ArrayList<>();
    private long nextId = 1;
    private Instant lastTime;

    public Tracker(TrackerConfig config) {
        this.config = config;
    }

    /**
     * Feeds one frame's observations.
     *
     * @param time         the frame's capture time
     * @param observations detections and motion blobs of the frame
     * @return the live tracks, those that ended, and those with a new best view
     */
    public TrackUpdate update(Instant time, List<Observation> observations) {
        List<FinishedTrack> finished = new ArrayList<>();
        if (lastTime != null && time.isBefore(lastTime)) {
            // the channel's clock stepped back: paths and speeds across the step would be nonsense
            finished.addAll(flush());
        }
        lastTime = time;
        List<Observation> detections = observations.stream().filter(Observation::detected).toList();
        List<Observation> blobs = observations.stream()
                .filter(o -> !o.detected() && !explainedByDetection(o, detections)).toList();
        List<Long> newBest = new ArrayList<>();
        List<Track> unmatched = new ArrayList<>(tracks);
        assign(detections, unmatched, time, newBest, true);
        assign(blobs, unmatched, time, newBest, config.motionCreatesTracks());
        for (Track t : unmatched) {
            t.miss();
        }
        for (Iterator<Track> it = tracks.iterator(); it.hasNext(); ) {
            Track t = it.next();
            if (t.missed() > config.maxMissedFrames()) {
                it.remove();
                if (t.confirmed()) {
                    finished.add(t.finish());
                }
            }
        }
        tracks.sort(Comparator.comparingLong(t -> t.id));
        return new TrackUpdate(tracks.stream().map(Track::view).toList(), finished, newBest);
    }

    /**
     * Ends every live track, for example when the channel stops or a file ends.
     *
     * @return the confirmed tracks that ended
     */
    public List<FinishedTrack> flush() {
        List<FinishedTrack> finished = tracks.stream().filter(Track::confirmed).map(Track::finish).toList();
        tracks.clear();
        return finished;
    }

    /** Matches observations to the still unmatched tracks; the rest start tracks if allowed. */
    private void assign(List<Observation> observations, List<Track> unmatched, Instant time, List<Long> newBest,
            boolean createTracks) {
        List<Pairing> pairs = new ArrayList<>();
        for (int o = 0; o < observations.size(); o++) {
            for (Track t : unmatched) {
                double score = score(t, observations.get(o), time);
                if (score > 0) {
                    pairs.add(new Pairing(t, o, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pairing::score).reversed());
        boolean[] used = new boolean[observations.size()];
        for (Pairing p : pairs) {
            if (!used[p.observation] && unmatched.contains(p.track)) {
                used[p.observation] = true;
                unmatched.remove(p.track);
                if (p.track.observe(observations.get(p.observation), time, config.velocitySmoothing(),
                        config.minHits())) {
                    newBest.add(p.track.id);
                }
                p.track.thin(config.maxPathPoints());
            }
        }
        for (int o = 0; o < observations.size(); o++) {
            if (!used[o] && createTracks) {
                Track t = new Track(nextId++, observations.get(o), time);
                tracks.add(t);
                newBest.add(t.id);
            }
        }
    }

    /** @return how well the observation fits the track, 0 when it must not join it */
    private double score(Track t, Observation o, Instant time) {
        if (o.detected() && t.hasDetectorLabel() && !t.label().equals(o.label())) {
            return 0;
        }
        Box predicted = t.predicted(time);
        double iou = Geometry.iou(predicted, o.box());
        Point a = Geometry.centre(predicted);
        Point b = Geometry.centre(o.box());
        double diagonal = Math.max(Math.hypot(predicted.width(), predicted.height()),
                Math.hypot(o.box().width(), o.box().height()));
        double distance = diagonal > 0 ? Geometry.distance(a, b) / diagonal : Double.MAX_VALUE;
        boolean gated = (iou > 0 && iou >= config.minIou()) || distance <= config.maxCentreDistance();
        if (!gated) {
            return 0;
        }
        double closeness = Math.max(0, 1 - distance / config.maxCentreDistance());
        return iou + 0.5 * closeness + 1e-9;
    }

    private static boolean explainedByDetection(Observation blob, List<Observation> detections) {
        for (Observation d : detections) {
            double smaller = Math.min(area(blob.box()), area(d.box()));
            if (smaller > 0 && Geometry.intersection(blob.box(), d.box()) >= SAME_OBJECT_OVERLAP * smaller) {
                return true;
            }
        }
        return false;
    }

    private static double area(Box b) {
        return b.width() * b.height();
    }

    private record Pairing(Track track, int observation, double score) {
    }
}
