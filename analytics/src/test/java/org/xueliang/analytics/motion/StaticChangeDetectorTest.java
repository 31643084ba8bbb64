package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.SyntheticScene;
import org.xueliang.analytics.SyntheticScene.Rect;

/** Synthetic frames at 5 fps; the detector samples once a second. */
class StaticChangeDetectorTest {
    private final SyntheticScene scene = new SyntheticScene(640, 480, 7, 6);
    private static final Rect BAG = new Rect(300, 300, 48, 40);

    @Test
    void objectLeftBehindBecomesAStaticChangeThatAppeared() {
        try (StaticChangeDetector detector = new StaticChangeDetector(StaticChangeConfig.defaults())) {
            List<StaticChange> changes = List.of();
            for (int n = 0; n < 20; n++) {
                assertThat(detector.update(scene.frame(n))).isEmpty();
            }
            for (int n = 20; n < 60; n++) {
                changes = detector.update(scene.frame(n, 0, BAG));
            }
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(StaticChange.Kind.APPEARED);
                assertThat(c.box().x()).isCloseTo(300 / 640.0, within(0.02));
                assertThat(c.box().y()).isCloseTo(300 / 480.0, within(0.02));
                assertThat(c.box().width()).isCloseTo(48 / 640.0, within(0.02));
                // put down at frame 20 (4 s); static once the short-term background holds it
                assertThat(c.since()).isBetween(SyntheticScene.timeOf(21), SyntheticScene.timeOf(45));
            });
        }
    }

    @Test
    void objectTakenAwayBecomesAStaticChangeThatDisappeared() {
        try (StaticChangeDetector detector = new StaticChangeDetector(StaticChangeConfig.defaults())) {
            List<StaticChange> changes = List.of();
            for (int n = 0; n < 20; n++) {
                detector.update(scene.frame(n, 0, BAG));
            }
            for (int n = 20; n < 60; n++) {
                changes = detector.update(scene.frame(n));
            }
            assertThat(changes).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(StaticChange.Kind.DISAPPEARED);
                assertThat(c.box().x()).isCloseTo(300 / 640.0, within(0.02));
            });
        }
    }

    @Test
    void lightsSwitchedOnAreNoObjectAndPassersByAreNot() {
        try (StaticChangeDetector detector = new StaticChangeDetector(StaticChangeConfig.defaults())) {
            for (int n = 0; n < 20; n++) {
                detector.update(scene.frame(n));
            }
            for (int n = 20; n < 80; n++) {
                // everything 50 levels brighter, and someone walking through
                Rect walker = new Rect(20 + 12 * (n - 20), 100, 40, 100);
                assertThat(detector.update(scene.frame(n, 50, walker))).as("frame %d", n).isEmpty();
            }
        }
    }
}
