package org.xueliang.ingest;

/** Life cycle of one channel's video input. */
public enum ChannelState {
    /** Opening the source for the first time. */
    STARTING,
    /** Frames are arriving. */
    ONLINE,
    /** The source failed or ended; waiting for the next attempt. */
    RECONNECTING,
    /** Given up or stopped; {@link ChannelHealth#reason()} says why. */
    OFFLINE
}
