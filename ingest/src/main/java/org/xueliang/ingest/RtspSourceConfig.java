package org.xueliang.ingest;

import java.time.Duration;

/**
 * A camera pulled over RTSP.
 *
 * @param url            {@code rtsp://} or {@code rtsps://} URL, possibly with {@code user:password@}
 * @param transport      interleaved TCP or UDP
 * @param connectTimeout how long opening the stream may take
 * @param readTimeout    how long a read may wait for data before the stream counts as dead
 */
public record RtspSourceConfig(String url, RtspTransport transport, Duration connectTimeout, Duration readTimeout)
        implements SourceConfig {

    @Override
    public String describe() {
        return "rtsp " + maskedUrl(url) + " over " + transport;
    }

    @Override
    public String toString() {
        return "RtspSourceConfig[" + describe() + "]";
    }

    /** The URL with any password in its user-info replaced by {@code ***}. */
    public static String maskedUrl(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int hostStart = scheme + 3;
        int slash = url.indexOf('/', hostStart);
        int authorityEnd = slash < 0 ? url.length() : slash;
        int at = url.lastIndexOf('@', authorityEnd - 1);
        if (at < hostStart) {
            return url;
        }
        int colon = url.indexOf(':', hostStart);
        String user = colon >= 0 && colon < at ? url.substring(hostStart, colon) : url.substring(hostStart, at);
        return url.substring(0, hostStart) + user + ":***" + url.substring(at);
    }
}
