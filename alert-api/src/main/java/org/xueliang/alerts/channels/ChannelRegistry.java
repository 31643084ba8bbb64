package org.xueliang.alerts.channels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.store.ChannelNotFoundException;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.StoredChannel;
import org.xueliang.ingest.ChannelHealth;

/**
 * The configured channels: keeps the store and the running channels in step, so that a
 * channel added through the API starts at once and a deleted one stops. Mutating methods
 * block on the store: call them from a store thread.
 */
public final class ChannelRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelRegistry.class);

    private final ChannelStore store;
    private final ChannelControl control;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public ChannelRegistry(ChannelStore store, ChannelControl control) {
        this.store = Objects.requireNonNull(store, "store");
        this.control = Objects.requireNonNull(control, "control");
    }

    /** Starts every stored channel, at server start-up; returns how many. */
    public synchronized int startAll() {
        List<StoredChannel> channels = store.list();
        channels.forEach(channel -> start(channel.spec()));
        LOG.info("started {} stored channels", channels.size());
        return channels.size();
    }

    /**
     * Saves a new channel, then starts it.
     *
     * @throws org.xueliang.alerts.store.DuplicateChannelException when the id is taken (nothing changes)
     */
    public synchronized StoredChannel create(ChannelSpec spec) {
        StoredChannel stored = store.insert(spec);
        start(spec);
        return stored;
    }

    /**
     * Replaces a channel's spec, then applies it: new zones and rules take effect live, a new
     * source or sampling restarts the channel (see {@link ChannelControl#update}).
     *
     * @throws ChannelNotFoundException when no channel has the spec's id
     */
    public synchronized StoredChannel replace(ChannelSpec spec) {
        StoredChannel stored = store.update(spec);
        if (running.contains(spec.id())) {
            update(spec);
        } else {
            start(spec);
        }
        return stored;
    }

    /**
     * Deletes a channel and stops it; its alerts stay.
     *
     * @throws ChannelNotFoundException when no channel has this id
     */
    public synchronized void delete(String id) {
        store.delete(id);
        stop(id);
    }

    /** Every stored channel, by id. */
    public List<StoredChannel> list() {
        return store.list();
    }

    /**
     * One stored channel.
     *
     * @throws ChannelNotFoundException when no channel has this id
     */
    public StoredChannel get(String id) {
        return store.find(id).orElseThrow(() -> new ChannelNotFoundException(id));
    }

    /** The health of a channel if it runs. Does not touch the store. */
    public Optional<ChannelHealth> health(String id) {
        return running.contains(id) ? control.health(id) : Optional.empty();
    }

    /** The video quality of a channel if it runs with quality checks. Does not touch the store. */
    public Optional<VideoQuality> videoQuality(String id) {
        return running.contains(id) ? control.videoQuality(id) : Optional.empty();
    }

    /** The health of every running channel that reports one. Does not touch the store. */
    public List<ChannelHealth> healthOfAll() {
        return running.stream().sorted().map(control::health).flatMap(Optional::stream).toList();
    }

    /** How many channels are stored; blocks on the store, so it doubles as a store health check. */
    public long storedCount() {
        return store.count();
    }

    /** How many channels run. */
    public int runningCount() {
        return running.size();
    }

    private void start(ChannelSpec spec) {
        try {
            control.start(spec);
            running.add(spec.id());
        } catch (RuntimeException e) {
            // The spec stays saved: the integrator sees the channel without health and can fix or delete it.
            LOG.error("channel {} ({}) saved but failed to start", spec.id(), spec.source().describe(), e);
        }
    }

    private void update(ChannelSpec spec) {
        try {
            control.update(spec);
        } catch (RuntimeException e) {
            running.remove(spec.id());
            LOG.error("channel {} ({}) saved but failed to take the new spec; it is stopped", spec.id(),
                    spec.source().describe(), e);
        }
    }

    private void stop(String id) {
        running.remove(id);
        try {
            control.stop(id);
        } catch (RuntimeException e) {
            LOG.error("channel {} failed to stop cleanly", id, e);
        }
    }
}
