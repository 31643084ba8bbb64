package org.xueliang.sip.gateway;

import java.util.concurrent.CompletableFuture;

/** An INVITE dialog the device accepted. */
public interface SipCall {
    /** Call-ID of the dialog; a BYE from the device carries it. */
    String callId();

    /** The device's 200 OK, with its SDP answer as body. */
    SipResponse answer();

    /** Sends the ACK for the 200 OK. Does not wait for the network. */
    void ack();

    /** Sends a BYE; completes with the device's final response. */
    CompletableFuture<SipResponse> bye();
}
