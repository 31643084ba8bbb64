package org.xueliang.sip.invite;

import java.util.HashSet;
import java.util.Set;

/**
 * Hands out 10-digit SSRCs: {@code 0} (live) or {@code 1} (history), digits 4 to 8 of the SIP
 * domain, then a 4-digit sequence number 0001 to 9999. Each SSRC stays unique while in use and
 * is released on BYE. Some devices refuse a {@code y=} that is not exactly 10 digits. Thread-safe.
 */
public final class SsrcAllocator {
    static final int MAX_SEQUENCE = 9999;

    private final String domainPart;
    private final Set<String> inUse = new HashSet<>();
    private int lastSequence;

    /**
     * @param domain the 10-digit SIP domain (first 10 digits of the platform ID)
     */
    public SsrcAllocator(String domain) {
        if (domain == null || !domain.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("SIP domain must be 10 digits, got \"" + domain + "\"");
        }
        this.domainPart = domain.substring(3, 8);
    }

    /** A free live-view SSRC, {@code 0ddddd nnnn}. */
    public Ssrc allocateLive() {
        return allocate('0');
    }

    /** A free history (playback, download) SSRC, {@code 1ddddd nnnn}. */
    public Ssrc allocateHistory() {
        return allocate('1');
    }

    /** Frees an SSRC for reuse; false if it was not in use. */
    public synchronized boolean release(Ssrc ssrc) {
        return inUse.remove(ssrc.value());
    }

    /** Number of SSRCs in use. */
    public synchronized int inUse() {
        return inUse.size();
    }

    private synchronized Ssrc allocate(char kind) {
        // Continue after the last one handed out rather than reuse the lowest free number, so a
        // late packet of a stream just stopped is not taken for the next stream.
        for (int tried = 0; tried < MAX_SEQUENCE; tried++) {
            lastSequence = lastSequence % MAX_SEQUENCE + 1;
            String value = kind + domainPart + String.format("%04d", lastSequence);
            if (inUse.add(value)) {
                return new Ssrc(value);
            }
        }
        throw new SsrcExhaustedException("all " + MAX_SEQUENCE + " " + (kind == '0' ? "live" : "history")
                + " SSRCs of domain part " + domainPart + " are in use");
    }
}
