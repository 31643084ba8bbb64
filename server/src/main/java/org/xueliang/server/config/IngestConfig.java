package org.xueliang.server.config;

/**
 * Video input settings shared by all channels.
 *
 * @param reconnect     retry policy for failed sources
 * @param rtsp          RTSP defaults
 * @param queueCapacity frames a channel may hold for analysis before dropping (counted), 1..1024 (default 8)
 */
public record IngestConfig(ReconnectConfig reconnect, RtspConfig rtsp, int queueCapacity) {
}
