package org.xueliang.server.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;

class DetectorCheckTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatIsNoOnnxNetworkStopsTheStartWithItsPath() throws Exception {
        Path model = Files.writeString(dir.resolve("yolo.onnx"), "a text file renamed to .onnx");
        DetectionConfig detection = new DetectionConfig(List.of(new OnnxDetectorConfig(model, List.of("person"), 640,
                0.25, 0.45, YoloFormat.AUTO)), GatingConfig.defaults());

        assertThatThrownBy(() -> DetectorCheck.requireLoadable(detection))
                .isInstanceOf(DetectorModelException.class)
                .hasMessageStartingWith("analytics.detection: ")
                .hasMessageContaining(model.toString());
    }

    @Test
    void motionOnlyAnalysisLoadsNothing() {
        assertThatCode(() -> DetectorCheck.requireLoadable(DetectionConfig.none())).doesNotThrowAnyException();
    }
}
