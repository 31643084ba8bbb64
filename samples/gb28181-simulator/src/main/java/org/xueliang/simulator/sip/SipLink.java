package org.xueliang.simulator.sip;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A way to send SIP messages: a UDP socket shared by many devices, or one device's TCP connection.
 */
public interface SipLink {

    Transport transport();

    /** The address announced in Via and Contact. */
    InetSocketAddress localAddress();

    /** Sends a message; UDP sends to {@code destination}, TCP writes on its connection and ignores it. */
    void send(SipMessage message, InetSocketAddress destination) throws IOException;

    /** Whether the transport is reliable, in which case requests are not retransmitted. */
    default boolean reliable() {
        return transport() == Transport.TCP;
    }

    boolean isOpen();

    void close();
}
