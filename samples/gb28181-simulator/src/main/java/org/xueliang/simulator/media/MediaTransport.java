package org.xueliang.simulator.media;

/**
 * How RTP travels, named as GB28181 platforms name it, by the platform's role:
 * TCP passive means the platform listens and the device connects; TCP active means the
 * platform connects to a port the device listens on.
 */
public enum MediaTransport {
    UDP, TCP_PASSIVE, TCP_ACTIVE
}
