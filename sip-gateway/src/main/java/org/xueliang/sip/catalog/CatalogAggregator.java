package org.xueliang.sip.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.xueliang.sip.message.CatalogItem;
import org.xueliang.sip.message.CatalogResponse;

/**
 * Joins the Catalog response packets of one query (same device, same SN) until they hold
 * SumNum distinct items. Packets may come in any order and twice (a SIP retransmission when our
 * 200 was lost); a repeated item or a packet arriving after completion is ignored. Answers that
 * stop coming expire after {@code timeout} without a packet. Thread-safe.
 */
public final class CatalogAggregator {
    private final Clock clock;
    private final Duration timeout;
    private final ConcurrentMap<Key, Partial> pending = new ConcurrentHashMap<>();
    // Completed answers are remembered for one timeout so that their late duplicates do not start a new one.
    private final ConcurrentMap<Key, Instant> completed = new ConcurrentHashMap<>();

    public CatalogAggregator(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("catalog timeout must be greater than zero, got " + timeout);
        }
        this.timeout = timeout;
    }

    /**
     * Adds one packet.
     *
     * @return the whole catalog when this packet completes it, else empty
     */
    public Optional<Catalog> accept(CatalogResponse packet) {
        Key key = new Key(packet.deviceId(), packet.sn());
        Instant now = clock.instant();
        Catalog[] done = {null};
        pending.compute(key, (k, partial) -> {
            // Checked under the key's lock, where completion is recorded, so a racing duplicate cannot slip through.
            if (completed.containsKey(k)) {
                return partial;
            }
            Partial p = partial == null ? new Partial(packet.sumNum()) : partial;
            p.lastPacket = now;
            for (CatalogItem item : packet.items()) {
                p.items.putIfAbsent(item.deviceId(), item);
            }
            if (p.items.size() >= p.sumNum) {
                done[0] = new Catalog(k.deviceId, k.sn, new ArrayList<>(p.items.values()));
                completed.put(k, now);
                return null;
            }
            return p;
        });
        return Optional.ofNullable(done[0]);
    }

    /** {@link #expire(Instant)} at the clock's current time. */
    public List<IncompleteCatalog> expire() {
        return expire(clock.instant());
    }

    /**
     * Drops answers that received no packet for the timeout.
     *
     * @return what had arrived of each, so that the caller can keep it or report it
     */
    public List<IncompleteCatalog> expire(Instant now) {
        Instant limit = now.minus(timeout);
        List<IncompleteCatalog> expired = new ArrayList<>();
        for (Key key : pending.keySet()) {
            pending.computeIfPresent(key, (k, p) -> {
                if (p.lastPacket.isAfter(limit)) {
                    return p;
                }
                expired.add(new IncompleteCatalog(k.deviceId, k.sn, p.sumNum, new ArrayList<>(p.items.values())));
                return null;
            });
        }
        completed.values().removeIf(at -> !at.isAfter(limit));
        return expired;
    }

    /** Number of answers still waiting for packets. */
    public int pending() {
        return pending.size();
    }

    private record Key(String deviceId, long sn) {
    }

    /** Mutated only inside {@code compute} for its key, which serialises access to it. */
    private static final class Partial {
        private final int sumNum;
        private final Map<String, CatalogItem> items = new LinkedHashMap<>();
        private Instant lastPacket;

        Partial(int sumNum) {
            this.sumNum = sumNum;
        }
    }
}
