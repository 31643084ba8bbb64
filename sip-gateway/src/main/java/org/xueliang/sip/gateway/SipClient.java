package org.xueliang.sip.gateway;

import java.util.concurrent.CompletableFuture;

/**
 * Sends the gateway's requests to devices. Every method returns at once; the futures complete on
 * a transport thread that is not the SIP stack's. Transaction timeouts fail them with
 * {@link SipTimeoutException}; the core applies its own, shorter, timeouts on top.
 */
public interface SipClient {

    /** Sends a MESSAGE; completes with the device's final response, whatever its status. */
    CompletableFuture<SipResponse> message(OutgoingMessage message);

    /**
     * Sends an INVITE; completes with the established call on a 2xx, fails with
     * {@link SipStatusException} on any other final response. The caller must ACK the call.
     */
    CompletableFuture<SipCall> invite(OutgoingInvite invite);
}
