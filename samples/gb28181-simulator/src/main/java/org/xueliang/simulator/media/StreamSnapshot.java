package org.xueliang.simulator.media;

import java.time.Instant;

/** A live stream as {@code GET /status} reports it. */
public record StreamSnapshot(String callId, String channelId, String ssrc, MediaTransport transport,
                             String destination, Instant startedAt, long frames, long packets, long bytes) {
}
