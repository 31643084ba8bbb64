package org.xueliang.analytics.detect.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.detect.CascadeDetectorConfig;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.ingest.VideoFrame;

/** The cascades shipped in the bytedeco OpenCV jar, on the footage at 12 s. */
class CascadeDetectorTest {
    private static VideoFrame frame;

    @TempDir
    Path dir;

    @BeforeAll
    static void decode() throws Exception {
        VideoFrame[] last = new VideoFrame[1];
        Footage.play(12.05, 1, f -> last[0] = f);
        frame = last[0];
    }

    @Test
    void fullBodyCascadeFindsTheManByTheLampPost() {
        try (ObjectDetector body = new CascadeDetector(CascadeDetectorConfig.shipped("haarcascade_fullbody.xml",
                "person"))) {
            List<Detection> found = body.detect(frame, List.of(ObjectDetector.WHOLE_FRAME));
            assertThat(found).anySatisfy(d -> assertThat(HogPeopleDetectorTest.contains(d.box(), new Point(0.5, 0.38)))
                    .isTrue());
            // all on the footpath, none on the lawn
            assertThat(found).allSatisfy(d -> {
                assertThat(d.label()).isEqualTo("person");
                assertThat(d.box().y() + d.box().height()).isBetween(0.25, 0.6);
            });
        }
    }

    @Test
    void faceAndPlateCascadesLoadAndStayQuietWhereThereAreNone() {
        for (String cascade : List.of("haarcascade_frontalface_default.xml", "haarcascade_russian_plate_number.xml",
                "lbpcascade_frontalface_improved.xml")) {
            try (ObjectDetector d = new CascadeDetector(CascadeDetectorConfig.shipped(cascade, "x"))) {
                assertThat(d.detect(frame, List.of(ObjectDetector.WHOLE_FRAME))).as(cascade).isEmpty();
            }
        }
    }

    @Test
    void unknownCascadeIsRefusedWithTheNamesThatExist() {
        assertThatThrownBy(() -> new CascadeDetector(CascadeDetectorConfig.shipped("haarcascade_car.xml", "car")))
                .isInstanceOf(DetectorModelException.class)
                .hasMessageStartingWith("cascade 'haarcascade_car.xml': no such file, and no cascade of that name "
                        + "ships in the OpenCV jar; expected a path to a cascade XML or a shipped name such as "
                        + "haarcascade_fullbody.xml");
    }

    @Test
    void fileThatIsNoCascadeIsRefusedWithItsPath() throws Exception {
        Path notACascade = dir.resolve("plate.xml");
        Files.writeString(notACascade, "<?xml version=\"1.0\"?><opencv_storage></opencv_storage>");
        assertThatThrownBy(() -> new CascadeDetector(CascadeDetectorConfig.shipped(notACascade.toString(), "plate")))
                .isInstanceOf(DetectorModelException.class)
                .hasMessage("cascade '" + notACascade + "' at " + notACascade
                        + ": OpenCV could not load it; expected an OpenCV Haar or LBP cascade XML");
    }
}
