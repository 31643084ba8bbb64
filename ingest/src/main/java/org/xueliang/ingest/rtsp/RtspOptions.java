package org.xueliang.ingest.rtsp;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.xueliang.ingest.RtspSourceConfig;

/** FFmpeg demuxer options for an RTSP source. */
public final class RtspOptions {

    private RtspOptions() {
    }

    /**
     * The options for FFmpeg's RTSP demuxer (FFmpeg 5 to 8; FFmpeg 4's {@code stimeout} is gone).
     *
     * <ul>
     *   <li>{@code rtsp_transport}: {@code tcp} or {@code udp}, forced, so that a UDP stream that stops
     *       does not silently fall back to TCP;</li>
     *   <li>{@code timeout}: socket I/O timeout in microseconds. FFmpeg applies it to the TCP connect,
     *       every RTSP reply and every RTP read over TCP or UDP, so a dead stream fails after the read
     *       timeout instead of blocking for ever;</li>
     *   <li>{@code allowed_media_types}: {@code video}, so no audio is set up or received.</li>
     * </ul>
     */
    public static Map<String, String> forConfig(RtspSourceConfig config) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("rtsp_transport", config.transport().name().toLowerCase(Locale.ROOT));
        options.put("timeout", Long.toString(micros(config.readTimeout(), "readTimeout")));
        options.put("allowed_media_types", "video");
        return options;
    }

    static long micros(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be greater than zero, got " + duration);
        }
        return duration.toNanos() / 1000;
    }
}
