package org.xueliang.analytics.detect;

import java.util.ArrayList;
import java.util.List;
import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/** Several detectors over the same regions (people by HOG, faces and plates by cascades, ...). */
public final class CompositeDetector implements ObjectDetector {
    private final List<ObjectDetector> detectors;

    public CompositeDetector(List<ObjectDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    @Override
    public List<Detection> detect(VideoFrame frame, List<Box> regions) {
        List<Detection> all = new ArrayList<>();
        for (ObjectDetector d : detectors) {
            all.addAll(d.detect(frame, regions));
        }
        return all;
    }

    @Override
    public void close() {
        for (ObjectDetector d : detectors) {
            d.close();
        }
    }
}
