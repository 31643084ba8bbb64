package org.xueliang.alerts.console;

import org.xueliang.alerts.channel.ChannelSpec;

/**
 * Full-rate views of channels' original streams, remuxed without re-encoding into fragmented MP4
 * for the browser's Media Source Extensions. Each viewer gets a session of its own, with its own
 * connection to the source.
 */
public interface VideoStreams {
    /**
     * Opens the channel's source and checks that it can be remuxed; blocking.
     *
     * @return a session that is not sending yet; close it if the viewer never comes
     * @throws VideoUnavailableException when the channel's source cannot be viewed this way
     * @throws VideoLimitException       when the most concurrent sessions are open
     */
    VideoSession open(ChannelSpec spec);

    /** An opened remux session. */
    interface VideoSession extends AutoCloseable {
        /** The MSE type, for example {@code video/mp4; codecs="avc1.42C01E"}. */
        String mime();

        int width();

        int height();

        /** Nominal frame rate, 0 when unknown. */
        double fps();

        /**
         * Starts sending on a thread of the session: the init segment, then fragments, until
         * {@link #close} or the source fails ({@link VideoSink#ended}).
         */
        void start(VideoSink sink);

        /** Stops sending and closes the source; idempotent, never throws. */
        @Override
        void close();
    }

    /** Receives a session's output, on the session's thread. */
    interface VideoSink {
        /** The init segment (ftyp and moov). */
        void init(byte[] segment);

        /**
         * One fragment (moof and mdat).
         *
         * @param seq        fragment number from 1
         * @param receivedAt epoch milliseconds when the fragment's first packet was read from the source
         * @param pts        presentation time of that packet in seconds
         * @param data       the fragment
         */
        void fragment(long seq, long receivedAt, double pts, byte[] data);

        /** The session ended by itself; {@code reason} says why (password-free). */
        void ended(String reason);
    }
}
