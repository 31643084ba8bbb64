package org.xueliang.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Samples every 2 s; the baseline is the first 4 samples (0..6 s); faults start at 8 s and are
 * reported after 6 s of failing on every sample, at 14 s.
 */
class QualityJudgeTest {
    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    private static final QualityConfig CONFIG = QualityConfig.defaults();

    /** A healthy sample of sample number {@code n}. */
    private static QualityMetrics normal(int n) {
        return new QualityMetrics(time(n), 120, 1500, 3, n == 0 ? Double.NaN : 0.06, 0.02, -7.5, 19,
                n < 4 ? Double.NaN : 0.94, n < 4 ? Double.NaN : 0.01);
    }

    private static Instant time(int n) {
        return T0.plusSeconds(2L * n);
    }

    private static QualityMetrics with(QualityMetrics m, double luma, double sharpness, double noise, double changed,
            double flat, double a, double b, double correlation, double shift) {
        return new QualityMetrics(m.time(), luma, sharpness, noise, changed, flat, a, b, correlation, shift);
    }

    /** Runs samples 0..12 (0..24 s), the fault applied from sample 4 (8 s) to 9 (18 s). */
    private static List<QualityFinding> run(QualityJudge judge, IntFunction<QualityMetrics> faulty) {
        List<QualityFinding> findings = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            QualityMetrics m = n >= 4 && n <= 9 ? faulty.apply(n) : normal(n);
            findings.addAll(judge.judge(m).findings());
        }
        return findings;
    }

    @Test
    void blurIsReportedAfterPersistingAndClearsWhenSharpAgain() {
        QualityJudge judge = new QualityJudge(CONFIG);
        List<QualityFinding> findings = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            QualityMetrics m = n >= 4 && n <= 9 ? with(normal(n), 120, 10, 0.4, 0.08, 0.02, -7.5, 19, 0.94, 0.01)
                    : normal(n);
            findings.addAll(judge.judge(m).findings());
            if (n == 7) {
                assertThat(judge.healthScore()).as("reported at 14 s").isEqualTo(70);
                assertThat(judge.active()).containsExactly(QualityCheck.BLUR);
            }
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(QualityCheck.BLUR);
            assertThat(f.time()).isEqualTo(time(7));
            assertThat(f.value()).isEqualTo(10);
            assertThat(f.limit()).isEqualTo(1500 * 0.3);
            assertThat(f.healthScore()).isEqualTo(70);
        });
        assertThat(judge.active()).isEmpty();
        assertThat(judge.healthScore()).isEqualTo(100);
    }

    @Test
    void faultShorterThanThePersistenceIsNotReported() {
        QualityJudge judge = new QualityJudge(CONFIG);
        List<QualityFinding> findings = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            // frozen on 8, 10 and 12 s only: 4 s of failing, less than 6
            QualityMetrics m = n >= 4 && n <= 6 ? with(normal(n), 120, 1500, 3, 0, 0.02, -7.5, 19, 0.94, 0.01)
                    : normal(n);
            findings.addAll(judge.judge(m).findings());
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void eachFaultIsReportedAsItsOwnCheck() {
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 120, 1500, 3, 0, 0.02, -7.5, 19, 0.94, 0.01)))
                .extracting(QualityFinding::check).containsExactly(QualityCheck.FROZEN);
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 240, 1500, 3, 0.06, 0.02, -7.5, 19, 0.94, 0.01)))
                .extracting(QualityFinding::check).containsExactly(QualityCheck.TOO_BRIGHT);
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 120, 1500, 3, 0.06, 0.02, 6, 24, 0.94, 0.01)))
                .extracting(QualityFinding::check).containsExactly(QualityCheck.COLOUR_CAST);
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 120, 2300, 7.5, 0.5, 0.0, -7.5, 19, 0.94, 0.01)))
                .extracting(QualityFinding::check).containsExactly(QualityCheck.NOISE);
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 60, 150, 0.5, 0.0, 0.7, -3.6, 6.7, -0.29, 0.01)))
                .as("a covered lens is neither frozen, blurred nor a moved camera")
                .extracting(QualityFinding::check).containsExactly(QualityCheck.OCCLUSION);
        assertThat(run(new QualityJudge(CONFIG),
                n -> with(normal(n), 4, 190, 0.6, 0.03, 0.4, 0.5, 0.4, 0.58, 0.01)))
                .as("a dark picture is not also blurred or colour-cast")
                .extracting(QualityFinding::check).containsExactly(QualityCheck.TOO_DARK);
    }

    @Test
    void sceneChangeIsReportedOnceAndTheNewViewBecomesTheReference() {
        QualityJudge judge = new QualityJudge(CONFIG);
        List<Boolean> adopted = new ArrayList<>();
        List<QualityFinding> findings = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            QualityMetrics m = n >= 4 && n <= 7 ? with(normal(n), 128, 950, 2.4, 0.09, 0.0, -9.5, 18, 0.33, 0.29)
                    : normal(n);
            QualityJudge.Assessment a = judge.judge(m);
            adopted.add(a.adoptReference());
            findings.addAll(a.findings());
        }
        assertThat(findings).extracting(QualityFinding::check).containsExactly(QualityCheck.SCENE_CHANGE);
        assertThat(findings.get(0).value()).isEqualTo(0.29);
        // the baseline's last sample (6 s) and the report (14 s) hand over the reference view
        assertThat(adopted).containsExactly(false, false, false, true, false, false, false, true, false, false, false,
                false, false);
        assertThat(judge.active()).isEmpty();
    }

    @Test
    void naturallyFlatSceneIsNotCovered() {
        QualityJudge judge = new QualityJudge(CONFIG);
        List<QualityFinding> findings = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            // a view that is 60% sky from the start, 75% later: below the baseline + 0.3
            double flat = n < 4 ? 0.6 : 0.75;
            findings.addAll(judge.judge(with(normal(n), 150, 800, 2, 0.05, flat, -2, -5, n < 4 ? Double.NaN : 0.9,
                    n < 4 ? Double.NaN : 0.01)).findings());
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void signalLossIsReportedOnceAndClearedByTheNextFrame() {
        QualityJudge judge = new QualityJudge(CONFIG);
        Instant now = T0.plusSeconds(60);
        assertThat(judge.signal(Duration.ofMillis(9999), now)).isEmpty();
        assertThat(judge.signal(Duration.ofSeconds(10), now)).hasValueSatisfying(f -> {
            assertThat(f.check()).isEqualTo(QualityCheck.SIGNAL_LOSS);
            assertThat(f.value()).isEqualTo(10.0);
            assertThat(f.healthScore()).isZero();
        });
        assertThat(judge.signal(Duration.ofSeconds(30), now.plusSeconds(20))).isEmpty();
        assertThat(judge.healthScore()).isZero();
        judge.frameArrived();
        assertThat(judge.healthScore()).isEqualTo(100);
        assertThat(judge.signal(Duration.ofSeconds(11), now.plusSeconds(60))).isPresent();
    }
}
