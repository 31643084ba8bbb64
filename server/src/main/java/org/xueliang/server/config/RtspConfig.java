package org.xueliang.server.config;

import java.time.Duration;
import org.xueliang.ingest.RtspTransport;

/**
 * Defaults for RTSP channels that do not set these themselves.
 *
 * @param transport      interleaved TCP (default) or UDP
 * @param connectTimeout how long opening a stream may take (default 5s)
 * @param readTimeout    how long a read may wait before the stream counts as dead (default 10s)
 */
public record RtspConfig(RtspTransport transport, Duration connectTimeout, Duration readTimeout) {
}
