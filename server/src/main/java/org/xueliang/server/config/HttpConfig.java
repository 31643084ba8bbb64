package org.xueliang.server.config;

/**
 * The HTTP listener of the API, console and metrics.
 *
 * @param port          TCP port, 1..65535 (default 8080)
 * @param bindAddress   address to listen on (default {@code 0.0.0.0}, every interface)
 * @param videoSessions most full-rate console views at a time, each with its own connection to a
 *                      camera (default {@value #DEFAULT_VIDEO_SESSIONS})
 */
public record HttpConfig(int port, String bindAddress, int videoSessions) {
    public static final int DEFAULT_VIDEO_SESSIONS = 8;

    /** A listener with the default limit of full-rate views. */
    public HttpConfig(int port, String bindAddress) {
        this(port, bindAddress, DEFAULT_VIDEO_SESSIONS);
    }
}
