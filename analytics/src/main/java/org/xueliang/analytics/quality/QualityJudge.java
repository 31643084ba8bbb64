package org.xueliang.analytics.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from a channel's measurements which video-quality checks fail. Pure and not
 * thread-safe: one per channel.
 *
 * <p>A check is reported once it has failed on every sample for {@link QualityConfig#persistence()}
 * and stays active (lowering the health score) until a sample passes it. Measurements that a
 * worse fault makes meaningless are not judged meanwhile: a dark or overexposed picture is not
 * also covered, frozen, blurred, noisy, moved or colour-cast; a covered lens is not also frozen,
 * blurred or moved. The
 * relative checks wait for the baseline, which learns only from samples without faults; once a
 * scene change has been reported the new view becomes the reference, so that the next move is
 * reported again.
 */
public final class QualityJudge {
    /** Flat fraction that counts as covered before the baseline stands. */
    private static final double UNJUDGED_FLAT = 0.9;

    private final QualityConfig config;
    private final QualityLimits limits;
    private final QualityBaseline baseline;
    private final Map<QualityCheck, Instant> failingSince = new EnumMap<>(QualityCheck.class);
    private final EnumSet<QualityCheck> active = EnumSet.noneOf(QualityCheck.class);

    /**
     * What one sample changed.
     *
     * @param findings       checks reported on this sample
     * @param adoptReference whether the probe should take this sample as the reference view
     */
    public record Assessment(List<QualityFinding> findings, boolean adoptReference) {
        public Assessment {
            findings = List.copyOf(findings);
        }
    }

    /** A failed measurement: the value and the limit it crossed. */
    private record Failure(double value, double limit) {
    }

    public QualityJudge(QualityConfig config) {
        this.config = config;
        this.limits = config.limits();
        this.baseline = new QualityBaseline(config.baselineSamples());
    }

    /**
     * Judges one sample.
     *
     * @param m the sample's measurements
     * @return checks reported now, and whether to adopt the sample as reference view
     */
    public Assessment judge(QualityMetrics m) {
        Map<QualityCheck, Failure> failures = failures(m);
        List<QualityFinding> findings = new ArrayList<>(0);
        boolean adopt = false;
        for (QualityCheck check : QualityCheck.values()) {
            if (check == QualityCheck.SIGNAL_LOSS) {
                continue;
            }
            Failure f = failures.get(check);
            if (f == null) {
                failingSince.remove(check);
                active.remove(check);
                continue;
            }
            Instant since = failingSince.computeIfAbsent(check, c -> m.time());
            if (!active.contains(check) && Duration.between(since, m.time()).compareTo(config.persistence()) >= 0) {
                active.add(check);
                findings.add(new QualityFinding(check, m.time(), f.value(), f.limit(), healthScore()));
                adopt |= check == QualityCheck.SCENE_CHANGE;
            }
        }
        if (failures.isEmpty()) {
            // a faulty picture would teach the baseline the fault
            adopt |= baseline.learn(m);
        }
        if (adopt) {
            // the new view is the reference from now on: the move is reported once
            active.remove(QualityCheck.SCENE_CHANGE);
            failingSince.remove(QualityCheck.SCENE_CHANGE);
        }
        return new Assessment(findings, adopt);
    }

    /**
     * Judges the time since the channel's last frame; the server calls this for channels that
     * have gone quiet, since no frame arrives to be judged.
     *
     * @param sinceLastFrame time since the last frame arrived
     * @param now            the current time
     * @return a finding when the signal has just been judged lost
     */
    public Optional<QualityFinding> signal(Duration sinceLastFrame, Instant now) {
        if (sinceLastFrame.compareTo(config.signalLoss()) < 0 || active.contains(QualityCheck.SIGNAL_LOSS)) {
            return Optional.empty();
        }
        active.add(QualityCheck.SIGNAL_LOSS);
        return Optional.of(new QualityFinding(QualityCheck.SIGNAL_LOSS, now, sinceLastFrame.toMillis() / 1000.0,
                config.signalLoss().toMillis() / 1000.0, healthScore()));
    }

    /** A frame arrived: the signal is back. */
    public void frameArrived() {
        active.remove(QualityCheck.SIGNAL_LOSS);
    }

    /** @return the checks currently reported as failing */
    public Set<QualityCheck> active() {
        return EnumSet.copyOf(active);
    }

    /** @return 100 minus the penalties of the active checks, at least 0 */
    public int healthScore() {
        int score = 100;
        for (QualityCheck c : active) {
            score -= c.penalty();
        }
        return Math.max(0, score);
    }

    private Map<QualityCheck, Failure> failures(QualityMetrics m) {
        Map<QualityCheck, Failure> f = new EnumMap<>(QualityCheck.class);
        if (m.meanLuma() < limits.darkLuma()) {
            f.put(QualityCheck.TOO_DARK, new Failure(m.meanLuma(), limits.darkLuma()));
        }
        if (m.meanLuma() > limits.brightLuma()) {
            f.put(QualityCheck.TOO_BRIGHT, new Failure(m.meanLuma(), limits.brightLuma()));
        }
        if (!f.containsKey(QualityCheck.TOO_DARK) && !f.containsKey(QualityCheck.TOO_BRIGHT)) {
            occlusion(m, f);
            if (!f.containsKey(QualityCheck.OCCLUSION)) {
                // a black or covered picture has nothing left that could change
                if (m.changedFraction() < limits.frozenChange()) {
                    f.put(QualityCheck.FROZEN, new Failure(m.changedFraction(), limits.frozenChange()));
                }
                pictureChecks(m, f);
            }
        }
        return f;
    }

    private void occlusion(QualityMetrics m, Map<QualityCheck, Failure> f) {
        // a picture that is mostly sky or wall is flat by nature: only a big rise over the
        // baseline counts, and before there is one only an almost entirely flat picture
        double needed = baseline.ready() ? Math.max(limits.occlusionFraction(), baseline.uniform() + 0.3)
                : Math.max(limits.occlusionFraction(), UNJUDGED_FLAT);
        if (m.uniformFraction() >= needed) {
            f.put(QualityCheck.OCCLUSION, new Failure(m.uniformFraction(), limits.occlusionFraction()));
        }
    }

    private void pictureChecks(QualityMetrics m, Map<QualityCheck, Failure> f) {
        if (!Double.isNaN(m.referenceCorrelation()) && (m.referenceCorrelation() < limits.sceneCorrelation()
                || m.referenceShift() > limits.sceneShift())) {
            boolean moved = m.referenceShift() > limits.sceneShift();
            f.put(QualityCheck.SCENE_CHANGE, moved ? new Failure(m.referenceShift(), limits.sceneShift())
                    : new Failure(m.referenceCorrelation(), limits.sceneCorrelation()));
        }
        if (!baseline.ready()) {
            return;
        }
        double sharpLimit = baseline.sharpness() * limits.blurRatio();
        if (m.sharpness() < sharpLimit) {
            f.put(QualityCheck.BLUR, new Failure(m.sharpness(), sharpLimit));
        }
        double noiseLimit = Math.max(limits.noiseFloor(), baseline.noise() * limits.noiseRatio());
        if (m.noise() > noiseLimit) {
            f.put(QualityCheck.NOISE, new Failure(m.noise(), noiseLimit));
        }
        double cast = Math.hypot(m.colourA() - baseline.colourA(), m.colourB() - baseline.colourB());
        if (cast > limits.colourShift()) {
            f.put(QualityCheck.COLOUR_CAST, new Failure(cast, limits.colourShift()));
        }
    }
}
