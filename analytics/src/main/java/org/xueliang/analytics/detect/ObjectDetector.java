package org.xueliang.analytics.detect;

import java.util.List;
import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/**
 * Finds objects in parts of a frame. The seam where a stronger detector drops in: the pipeline
 * hands it the regions around motion ({@link MotionGatedDetector}), never more.
 *
 * <p>Implementations usually hold native memory and per-call buffers: one instance per channel,
 * one thread at a time, closed when the channel stops.
 */
public interface ObjectDetector extends AutoCloseable {
    /** The whole frame as a region. */
    Box WHOLE_FRAME = new Box(0, 0, 1, 1);

    /**
     * @param frame   the frame
     * @param regions normalised regions to search, non-overlapping; {@link #WHOLE_FRAME} for all
     * @return what was found, boxes normalised to the whole frame
     */
    List<Detection> detect(VideoFrame frame, List<Box> regions);

    /** Releases native memory; the detector must not be used afterwards. */
    @Override
    void close();
}
