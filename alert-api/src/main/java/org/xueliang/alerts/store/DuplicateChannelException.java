package org.xueliang.alerts.store;

/** A channel with this id is already configured. */
public final class DuplicateChannelException extends RuntimeException {
    private final String channelId;

    public DuplicateChannelException(String channelId) {
        super("channel \"" + channelId + "\" already exists");
        this.channelId = channelId;
    }

    public String channelId() {
        return channelId;
    }
}
