package org.xueliang.analytics.motion;

import org.xueliang.ingest.VideoFrame;

/**
 * Finds what moves in a channel's frames against a learned background.
 *
 * <p>An implementation keeps per-channel state (the background) and usually native buffers, so
 * one instance serves one channel, is fed that channel's frames in capture order from one thread
 * at a time, and must be closed.
 */
public interface MotionDetector extends AutoCloseable {

    /**
     * Compares the frame with the background, then lets the background learn from it.
     *
     * @param frame the next frame of the channel
     * @return the moving blobs; none while the detector (re)learns its background
     */
    MotionResult detect(VideoFrame frame);

    /**
     * The foreground mask of the last {@link #detect} call, at the detector's working size.
     * Copied on demand so that callers that never look at it pay nothing.
     *
     * @return the mask; all zero before the first frame and while recalibrating
     */
    MotionMask motionMask();

    /** Releases native memory; the detector must not be used afterwards. */
    @Override
    void close();
}
