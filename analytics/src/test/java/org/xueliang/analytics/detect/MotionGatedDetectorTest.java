package org.xueliang.analytics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.motion.MotionBlob;
import org.xueliang.ingest.VideoFrame;

class MotionGatedDetectorTest {
    private static final VideoFrame FRAME = new VideoFrame("cam", 0, Instant.EPOCH, 40, 30, new byte[40 * 30 * 3]);

    /** Records the regions it is asked to search and finds one person in each. */
    private static final class RecordingDetector implements ObjectDetector {
        final List<List<Box>> calls = new ArrayList<>();
        boolean closed;

        @Override
        public List<Detection> detect(VideoFrame frame, List<Box> regions) {
            calls.add(regions);
            return regions.stream().map(r -> new Detection("person", 0.9, r)).toList();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void stillFramesAreSkippedAndMovingOnesSearchedAroundTheMotion() {
        RecordingDetector inner = new RecordingDetector();
        try (MotionGatedDetector gated = new MotionGatedDetector(inner, new GatingConfig(true, 0, 0, 6, true))) {
            assertThat(gated.detect(FRAME, List.of(), List.of())).isEmpty();
            MotionBlob blob = new MotionBlob(new Box(0.1, 0.1, 0.1, 0.2), 0.01);
            assertThat(gated.detect(FRAME, List.of(blob), List.of(new Box(0.6, 0.6, 0.1, 0.1)))).hasSize(2);
            assertThat(gated.detect(FRAME, List.of(), List.of())).isEmpty();

            assertThat(inner.calls).singleElement().satisfies(regions -> assertThat(regions)
                    .usingElementComparator(RegionPlannerTest::close)
                    .containsExactly(new Box(0.1, 0.1, 0.1, 0.2), new Box(0.6, 0.6, 0.1, 0.1)));
            DetectorWork work = gated.work();
            assertThat(work.frames()).isEqualTo(3);
            assertThat(work.framesDetected()).isEqualTo(1);
            assertThat(work.framesSkipped()).isEqualTo(2);
            assertThat(work.detectorCalls()).isEqualTo(2);
            assertThat(work.areaSearched()).isCloseTo(0.1 * 0.2 + 0.1 * 0.1, within(1e-12));
        }
        assertThat(inner.closed).isTrue();
    }

    @Test
    void tracksCanBeLeftOutOfTheRegions() {
        RecordingDetector inner = new RecordingDetector();
        try (MotionGatedDetector gated = new MotionGatedDetector(inner, new GatingConfig(true, 0, 0, 6, false))) {
            assertThat(gated.detect(FRAME, List.of(), List.of(new Box(0.6, 0.6, 0.1, 0.1)))).isEmpty();
            assertThat(gated.work().framesSkipped()).isEqualTo(1);
        }
    }

    @Test
    void withoutGatingEveryFrameIsSearchedWhole() {
        RecordingDetector inner = new RecordingDetector();
        try (MotionGatedDetector gated = new MotionGatedDetector(inner, GatingConfig.off())) {
            gated.detect(FRAME, List.of(), List.of());
            gated.detect(FRAME, List.of(), List.of());
            assertThat(inner.calls).containsExactly(List.of(ObjectDetector.WHOLE_FRAME), List.of(ObjectDetector.WHOLE_FRAME));
            assertThat(gated.work()).isEqualTo(new DetectorWork(2, 2, 0, 2, 2.0));
        }
    }
}
