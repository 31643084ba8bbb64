package org.xueliang.analytics.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A channel's own normal picture: the medians of its first samples, then a slow average over the
 * healthy samples that follow, so that it follows the seasons but not a fault.
 */
final class QualityBaseline {
    /** Weight of a healthy sample once the baseline stands. */
    private static final double FOLLOW = 0.05;

    private final int needed;
    private final List<QualityMetrics> first = new ArrayList<>();
    private double sharpness;
    private double noise;
    private double uniform;
    private double colourA;
    private double colourB;
    private boolean ready;

    QualityBaseline(int needed) {
        this.needed = needed;
    }

    /**
     * Learns from a sample.
     *
     * @return whether this sample completed the baseline
     */
    boolean learn(QualityMetrics m) {
        if (ready) {
            sharpness += FOLLOW * (m.sharpness() - sharpness);
            noise += FOLLOW * (m.noise() - noise);
            uniform += FOLLOW * (m.uniformFraction() - uniform);
            colourA += FOLLOW * (m.colourA() - colourA);
            colourB += FOLLOW * (m.colourB() - colourB);
            return false;
        }
        first.add(m);
        if (first.size() < needed) {
            return false;
        }
        sharpness = median(first.stream().mapToDouble(QualityMetrics::sharpness).toArray());
        noise = median(first.stream().mapToDouble(QualityMetrics::noise).toArray());
        uniform = median(first.stream().mapToDouble(QualityMetrics::uniformFraction).toArray());
        colourA = median(first.stream().mapToDouble(QualityMetrics::colourA).toArray());
        colourB = median(first.stream().mapToDouble(QualityMetrics::colourB).toArray());
        first.clear();
        ready = true;
        return true;
    }

    boolean ready() {
        return ready;
    }

    double sharpness() {
        return sharpness;
    }

    double noise() {
        return noise;
    }

    double uniform() {
        return uniform;
    }

    double colourA() {
        return colourA;
    }

    double colourB() {
        return colourB;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
