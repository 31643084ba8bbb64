package org.xueliang.analytics.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation set must keep zone intrusion and line crossing at or above the recorded floors:
 * precision and recall at least 0.9 on the labelled clips, and not one alert of either rule on
 * the lighting-change distractor nor on any of the camera-shake distractors (2, 6 and 18 px).
 * {@code bench/run eval} prints the same figures for every distractor.
 */
class EvaluationFloorTest {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationFloorTest.class);
    private static final double PRECISION_FLOOR = 0.9;
    private static final double RECALL_FLOOR = 0.9;
    /** Distractor clips on which neither rule may fire at all. */
    private static final List<String> SILENT = List.of("lighting", "shake", "shake-6px", "shake-18px");
    private static Evaluation.Result result;

    @BeforeAll
    static void evaluate() throws Exception {
        Path root = Path.of(System.getProperty("xl.repo.root", ".."));
        EvalMedia media = new EvalMedia(root.resolve("samples/footage"), Path.of("target", "eval-clips"));
        result = new Evaluation(labels(), media).run();
        result.rows().forEach(r -> LOG.info("{} {}: tp {} fp {} fn {} precision {} recall {}", r.rule(), r.group(),
                r.score().truePositives(), r.score().falsePositives(), r.score().falseNegatives(),
                String.format(Locale.ROOT, "%.2f", r.score().precision()),
                String.format(Locale.ROOT, "%.2f", r.score().recall())));
        result.detections().forEach(d -> LOG.info("detected {}", d));
    }

    @Test
    void zoneIntrusionStaysAboveItsFloors() {
        Score labelled = result.score(EvalSet.ZONE, "labelled");
        assertThat(labelled.truePositives() + labelled.falseNegatives()).isEqualTo(5);
        assertThat(labelled.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(labelled.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertSilentOnDistractors(EvalSet.ZONE);
    }

    @Test
    void lineCrossingStaysAboveItsFloors() {
        Score labelled = result.score(EvalSet.LINE, "labelled");
        assertThat(labelled.truePositives() + labelled.falseNegatives()).isEqualTo(5);
        assertThat(labelled.precision()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(labelled.recall()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertSilentOnDistractors(EvalSet.LINE);
    }

    private static void assertSilentOnDistractors(String rule) {
        for (String clip : SILENT) {
            assertThat(result.score(rule, clip).falsePositives()).as("%s alerts on %s", rule, clip).isZero();
        }
    }

    private static Path labels() throws URISyntaxException {
        return Path.of(EvaluationFloorTest.class.getResource("vtest-labels.csv").toURI()).getParent();
    }
}
