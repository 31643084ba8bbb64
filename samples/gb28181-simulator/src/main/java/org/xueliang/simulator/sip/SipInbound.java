package org.xueliang.simulator.sip;

import java.net.InetSocketAddress;

/** Receives SIP messages from a transport, on the transport's thread: handlers must not block. */
public interface SipInbound {

    void onMessage(SipMessage message, SipLink link, InetSocketAddress source);

    /** The connection ended (TCP only); {@code reason} says why. */
    default void onClosed(SipLink link, String reason) {
    }
}
