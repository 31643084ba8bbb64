package org.xueliang.server.config;

/**
 * The HTTP listener of the API, console and metrics.
 *
 * @param port        TCP port, 1..65535 (default 8080)
 * @param bindAddress address to listen on (default {@code 0.0.0.0}, every interface)
 */
public record HttpConfig(int port, String bindAddress) {
}
