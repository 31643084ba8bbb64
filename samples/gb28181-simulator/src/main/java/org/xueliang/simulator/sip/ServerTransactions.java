package org.xueliang.simulator.sip;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the response given to each server request for a while, so that a request the
 * server retransmits over UDP gets the same answer again instead of being handled twice
 * (RFC 3261 section 17.2.2). Time is passed in by the caller as monotonic nanoseconds.
 */
public final class ServerTransactions {

    private final long lifetimeNanos;
    private final ConcurrentHashMap<TransactionKey, Entry> answered = new ConcurrentHashMap<>();

    public ServerTransactions(long lifetimeNanos) {
        this.lifetimeNanos = lifetimeNanos;
    }

    /** The response already given to this request, if it is a retransmission. */
    public Optional<SipMessage> answerTo(SipMessage request) {
        Entry entry = answered.get(TransactionKey.of(request));
        return Optional.ofNullable(entry).map(Entry::response);
    }

    public void remember(SipMessage request, SipMessage response, long nowNanos) {
        answered.put(TransactionKey.of(request), new Entry(response, nowNanos + lifetimeNanos));
    }

    /** Drops answers older than the lifetime; call periodically. */
    public void purge(long nowNanos) {
        answered.values().removeIf(entry -> nowNanos - entry.expiresNanos() > 0);
    }

    public int size() {
        return answered.size();
    }

    private record Entry(SipMessage response, long expiresNanos) {
    }
}
