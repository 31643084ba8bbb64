package org.xueliang.sip.gateway;

/**
 * Answers requests received from devices. Called on the transport's threads, several at once:
 * implementations must be thread-safe and must not block (no I/O, no JDBC).
 */
@FunctionalInterface
public interface SipRequestHandler {
    /** The answer to {@code request}; never null. */
    SipReply handle(SipRequest request);
}
