package org.xueliang.server.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.track.TrackRecord;

/**
 * Where finished track records go until they are stored: each is logged at debug level and
 * counted, so that the count can be exported as a metric. Thread-safe.
 */
public final class TrackRecordLog implements Consumer<TrackRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(TrackRecordLog.class);

    private final AtomicLong count = new AtomicLong();

    @Override
    public void accept(TrackRecord record) {
        count.incrementAndGet();
        LOG.debug("channel {}: track {} ({}) from {} to {}, {} points, colour {}, regions {}", record.channelId(),
                record.trackId(), record.label(), record.firstSeen(), record.lastSeen(), record.path().size(),
                record.dominantColour(), record.regionIds());
    }

    /** @return records received since start */
    public long count() {
        return count.get();
    }
}
