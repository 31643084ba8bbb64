package org.xueliang.ingest.rtsp;

import java.util.Locale;
import java.util.regex.Pattern;
import org.xueliang.ingest.RtspSourceConfig;

/**
 * Host and port of an RTSP URL, parsed without a URI library so that passwords with reserved
 * characters (cameras accept them) do not make a valid URL unparseable.
 *
 * @param host host name or IP address, IPv6 without brackets
 * @param port TCP port, 554 (rtsp) or 322 (rtsps) when the URL has none
 */
public record RtspAddress(String host, int port) {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    /**
     * Parses an {@code rtsp://} or {@code rtsps://} URL.
     *
     * @throws IllegalArgumentException naming what is wrong, with the password masked
     */
    public static RtspAddress parse(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int defaultPort;
        if (lower.startsWith("rtsp://")) {
            defaultPort = 554;
        } else if (lower.startsWith("rtsps://")) {
            defaultPort = 322;
        } else {
            throw invalid(url, "expected rtsp:// or rtsps://");
        }
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            String host = close < 0 ? "" : hostPort.substring(1, close);
            if (!IPV6.matcher(host).matches()) {
                throw invalid(url, "bad IPv6 host");
            }
            return new RtspAddress(host, port(url, hostPort.substring(close + 1), defaultPort));
        }
        int colon = hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (!HOST_NAME.matcher(host).matches()) {
            throw invalid(url, "bad host '" + host + "'");
        }
        return new RtspAddress(host, port(url, colon < 0 ? "" : hostPort.substring(colon), defaultPort));
    }

    private static int port(String url, String suffix, int defaultPort) {
        if (suffix.isEmpty()) {
            return defaultPort;
        }
        String digits = suffix.startsWith(":") ? suffix.substring(1) : suffix;
        if (!PORT.matcher(digits).matches() || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > 65535) {
            throw invalid(url, "port must be 1 to 65535, got '" + digits + "'");
        }
        return Integer.parseInt(digits);
    }

    private static IllegalArgumentException invalid(String url, String problem) {
        return new IllegalArgumentException("invalid url: " + problem + " in " + RtspSourceConfig.maskedUrl(url));
    }
}
