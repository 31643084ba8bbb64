package org.xueliang.analytics.eval;

/**
 * How one rule did over a set of clips.
 *
 * @param truePositives  labels matched by a detection
 * @param falsePositives detections that matched no label
 * @param falseNegatives labels no detection matched
 * @param videoSeconds   length of the video the rule watched
 */
public record Score(int truePositives, int falsePositives, int falseNegatives, double videoSeconds) {

    /** @return the sum of two scores */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, videoSeconds + other.videoSeconds);
    }

    /** @return TP / (TP + FP); 1 when nothing was detected, since then no alert was false */
    public double precision() {
        int detected = truePositives + falsePositives;
        return detected == 0 ? 1 : (double) truePositives / detected;
    }

    /** @return TP / (TP + FN); 1 when there was nothing to find */
    public double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1 : (double) truePositives / labelled;
    }

    /** @return false positives per hour of watched video */
    public double falseAlertsPerHour() {
        return videoSeconds == 0 ? 0 : falsePositives * 3600.0 / videoSeconds;
    }
}
