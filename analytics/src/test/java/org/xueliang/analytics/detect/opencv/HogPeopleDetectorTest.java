package org.xueliang.analytics.detect.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.ingest.VideoFrame;

/**
 * HOG on the footage at 12 s (640x480). People there are 50 to 90 pixels tall, less than the
 * 64x128 model needs, so the detector must enlarge the regions it is given. Three people stand or
 * walk at known places (read off the frame): the man by the lamp post, a walker in black and a
 * woman on the right.
 */
class HogPeopleDetectorTest {
    /** A point on each person's body, a little above the feet. */
    private static final List<Point> PEOPLE = List.of(new Point(0.505, 0.42), new Point(0.685, 0.46),
            new Point(0.92, 0.48));
    /** The regions around them, as the motion gating would hand them over. */
    private static final List<Box> REGIONS = List.of(new Box(0.42, 0.22, 0.16, 0.3), new Box(0.62, 0.3, 0.14, 0.26),
            new Box(0.85, 0.27, 0.14, 0.3));

    private static VideoFrame frame;

    @BeforeAll
    static void decode() throws Exception {
        VideoFrame[] last = new VideoFrame[1];
        Footage.play(12.05, 1, f -> last[0] = f);
        frame = last[0];
    }

    @Test
    void findsEachPersonInTheEnlargedRegionsAroundThem() {
        try (ObjectDetector hog = new HogPeopleDetector(HogDetectorConfig.defaults())) {
            List<Detection> found = hog.detect(frame, REGIONS);

            for (Point person : PEOPLE) {
                assertThat(found).as("a detection on %s", person).anySatisfy(d -> assertThat(contains(d.box(), person))
                        .isTrue());
            }
            assertThat(found).allSatisfy(d -> {
                assertThat(d.label()).isEqualTo("person");
                assertThat(d.confidence()).isBetween(HogDetectorConfig.defaults().minConfidence(), 1.0);
                assertThat(REGIONS).anySatisfy(r -> assertThat(contains(r, centre(d.box()))).isTrue());
            });
        }
    }

    @Test
    void theWholeFrameAtItsOwnSizeMissesMostOfThem() {
        try (ObjectDetector hog = new HogPeopleDetector(HogDetectorConfig.defaults())) {
            List<Detection> found = hog.detect(frame, List.of(ObjectDetector.WHOLE_FRAME));
            long hit = PEOPLE.stream().filter(p -> found.stream().anyMatch(d -> contains(d.box(), p))).count();
            assertThat(hit).isLessThan(PEOPLE.size());
        }
    }

    @Test
    void daimlerModelFindsPeopleAndRegionsTooSmallForTheWindowAreSkipped() {
        try (ObjectDetector daimler = new HogPeopleDetector(new HogDetectorConfig(
                HogDetectorConfig.Model.DAIMLER_48X96, 0, 1.05, 192, 0.3))) {
            assertThat(daimler.detect(frame, REGIONS)).isNotEmpty();
            // 4 x 2 pixels enlarged four times is still smaller than the 48x96 window
            assertThat(daimler.detect(frame, List.of(new Box(0.5, 0.5, 4 / 640.0, 2 / 480.0)))).isEmpty();
        }
    }

    static boolean contains(Box b, Point p) {
        return p.x() >= b.x() && p.x() <= b.x() + b.width() && p.y() >= b.y() && p.y() <= b.y() + b.height();
    }

    static Point centre(Box b) {
        return new Point(b.x() + b.width() / 2, b.y() + b.height() / 2);
    }
}
