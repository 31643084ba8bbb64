package org.xueliang.sip.invite;

/** How the platform asks a device to send RTP, seen from the platform. */
public enum MediaTransport {
    /** RTP over UDP to the offered port. */
    UDP,
    /** RTP over TCP (RFC 4571 framing); the platform listens on the offered port and the device connects. */
    TCP_PASSIVE,
    /** RTP over TCP; the device listens and the platform connects to the port in its answer. */
    TCP_ACTIVE
}
