package org.xueliang.ingest.source;

import org.xueliang.ingest.SourceConfig;

/** Creates the source for one session of a channel. */
@FunctionalInterface
public interface VideoSourceFactory {

    /**
     * Creates an unopened source.
     *
     * @param config        where the video comes from
     * @param analysisWidth width in pixels of converted pictures; the height follows the input's aspect
     * @return a new source, to be opened, read and closed by one thread
     */
    VideoSource create(SourceConfig config, int analysisWidth);
}
