package org.xueliang.alerts.store;

/** No channel has the id asked for. */
public final class ChannelNotFoundException extends RuntimeException {
    private final String channelId;

    public ChannelNotFoundException(String channelId) {
        super("channel \"" + channelId + "\" does not exist");
        this.channelId = channelId;
    }

    public String channelId() {
        return channelId;
    }
}
