package org.xueliang.ingest.source;

import org.xueliang.ingest.DecodeMode;

/**
 * One session with a video input: open it, read decoded pictures until it ends or fails, close it.
 *
 * <p>A source is used by a single thread and is not reusable: after {@link #close()} a new source is
 * created for the next attempt. Pictures are decoded in the calling thread; only those asked for are
 * converted to BGR at the analysis size, so skipped pictures cost decoding alone.
 */
public interface VideoSource extends AutoCloseable {

    /**
     * Opens the input and reads its stream parameters.
     *
     * @return codec, input size and nominal frame rate of the video stream
     * @throws SourceException when the input cannot be reached, opened or has no video; the message is
     *                         a password-free reason for operators
     */
    StreamInfo open() throws SourceException, InterruptedException;

    /**
     * Decodes the next picture.
     *
     * @param convert whether to convert this picture to BGR at the analysis size
     * @return the picture with its presentation timestamp; pixels only when {@code convert}
     * @throws SourceException at the end of the input or on failure; the message says which
     */
    DecodedPicture read(boolean convert) throws SourceException, InterruptedException;

    /**
     * Asks the source to decode every picture or keyframes alone, from its next packet on. Unlike
     * the other methods this one may be called from any thread, also while a read waits: after a
     * switch to {@link DecodeMode#ALL} the source decodes the packets it kept since the last
     * keyframe at once and hands out those pictures first.
     *
     * @return whether the source can do it; a source that cannot keeps decoding every picture
     */
    default boolean setDecodeMode(DecodeMode mode) {
        return mode == DecodeMode.ALL;
    }

    /** Releases native resources. Idempotent; never throws. */
    @Override
    void close();
}
