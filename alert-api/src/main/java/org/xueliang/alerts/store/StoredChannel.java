package org.xueliang.alerts.store;

import java.time.Instant;
import java.util.Objects;
import org.xueliang.alerts.channel.ChannelSpec;

/**
 * A configured channel as stored.
 *
 * @param spec      the specification
 * @param createdAt when it was first saved
 * @param updatedAt when it was last replaced
 */
public record StoredChannel(ChannelSpec spec, Instant createdAt, Instant updatedAt) {
    public StoredChannel {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String id() {
        return spec.id();
    }
}
