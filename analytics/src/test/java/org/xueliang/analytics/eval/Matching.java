package org.xueliang.analytics.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches detections of one rule on one clip to its labels: each label takes at most one
 * detection and each detection at most one label, a pair counts when the event types agree and
 * the times differ by no more than the label's tolerance. Pairs are taken closest first, so a
 * detection between two labels goes to the nearer one.
 */
public final class Matching {
    private Matching() {
    }

    /**
     * @param labels       the rule's labels on the clip
     * @param detections   the rule's detections on the clip
     * @param videoSeconds the clip's length
     * @return true positives, false positives and false negatives
     */
    public static Score score(List<GroundTruth> labels, List<Detected> detections, double videoSeconds) {
        record Pair(int label, int detection, double distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            for (int d = 0; d < detections.size(); d++) {
                GroundTruth truth = labels.get(l);
                double distance = Math.abs(truth.seconds() - detections.get(d).seconds());
                if (truth.eventType().equals(detections.get(d).eventType()) && distance <= truth.tolerance()) {
                    pairs.add(new Pair(l, d, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance));
        boolean[] labelUsed = new boolean[labels.size()];
        boolean[] detectionUsed = new boolean[detections.size()];
        int matched = 0;
        for (Pair p : pairs) {
            if (!labelUsed[p.label()] && !detectionUsed[p.detection()]) {
                labelUsed[p.label()] = true;
                detectionUsed[p.detection()] = true;
                matched++;
            }
        }
        return new Score(matched, detections.size() - matched, labels.size() - matched, videoSeconds);
    }
}
