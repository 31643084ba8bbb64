package org.xueliang.ingest;

/** How a GB28181 device sends RTP to the server. */
public enum MediaTransport {
    /** RTP over UDP to the offered port. */
    UDP,
    /** RTP over TCP with RFC 4571 framing; the server listens, the device connects. */
    TCP_PASSIVE
}
