package org.xueliang.analytics.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleGeometry;
import org.xueliang.analytics.rules.ZonePolygon;
import org.xueliang.analytics.snapshot.DominantColour;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.analytics.track.FinishedTrack;
import org.xueliang.analytics.track.TrackPoint;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.analytics.track.TrackedObject;
import org.xueliang.ingest.VideoFrame;

/**
 * Keeps a copy of each live track's best view and turns finished tracks into {@link TrackRecord}s
 * with the view's dominant colour, its JPEG and the rule regions the path entered.
 */
final class TrackRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(TrackRecorder.class);
    private static final double CROP_MARGIN = 0.1;

    private final String channelId;
    private final SnapshotAnnotator annotator;
    private final DominantColour colour = new DominantColour();
    private final Map<Long, VideoFrame> bestViews = new HashMap<>();

    TrackRecorder(String channelId, SnapshotAnnotator annotator) {
        this.channelId = channelId;
        this.annotator = annotator;
    }

    /** Copies the crops of the tracks whose best view is this frame, and forgets dead tracks' crops. */
    void keepBest(VideoFrame frame, List<Long> newBest, List<TrackedObject> live, List<FinishedTrack> finished) {
        Map<Long, TrackedObject> byId = new HashMap<>();
        for (TrackedObject t : live) {
            byId.put(t.id(), t);
        }
        for (long id : newBest) {
            TrackedObject t = byId.get(id);
            if (t != null) {
                VideoFrame crop = Crops.cut(frame, t.box(), CROP_MARGIN);
                if (crop != null) {
                    bestViews.put(id, crop);
                }
            }
        }
        Set<Long> keep = new HashSet<>(byId.keySet());
        finished.forEach(f -> keep.add(f.id()));
        bestViews.keySet().retainAll(keep);
    }

    /** @return the records of the finished tracks; their crops are released */
    List<TrackRecord> records(List<FinishedTrack> finished, List<RuleConfig> rules) {
        List<TrackRecord> records = new ArrayList<>(finished.size());
        for (FinishedTrack f : finished) {
            VideoFrame view = bestViews.remove(f.id());
            records.add(new TrackRecord(channelId, f.id(), f.label(), f.firstSeen(), f.lastSeen(), f.path(),
                    f.meanSpeed(), f.directionDegrees(), view == null ? DominantColour.UNKNOWN : colour.of(view),
                    f.bestBox(), f.bestTime(), jpeg(view, f), regions(f, rules)));
        }
        return records;
    }

    void clear() {
        bestViews.clear();
    }

    private byte[] jpeg(VideoFrame view, FinishedTrack f) {
        if (view == null) {
            return new byte[0];
        }
        try {
            return annotator.encode(view);
        } catch (RuntimeException e) {
            LOG.warn("channel {}: best view of track {} could not be encoded; recording it without one", channelId,
                    f.id(), e);
            return new byte[0];
        }
    }

    private static List<String> regions(FinishedTrack f, List<RuleConfig> rules) {
        List<String> ids = new ArrayList<>();
        for (RuleConfig rule : rules) {
            if (!RuleGeometry.closed(rule) || RuleGeometry.outline(rule).size() < 3) {
                continue;
            }
            ZonePolygon polygon = new ZonePolygon(RuleGeometry.outline(rule));
            for (TrackPoint p : f.path()) {
                if (polygon.contains(p.point())) {
                    ids.add(rule.id());
                    break;
                }
            }
        }
        return ids;
    }
}
