package org.xueliang.sip.transport;

/** A request the gateway cannot read; it is answered 400. */
final class UnreadableRequestException extends RuntimeException {
    UnreadableRequestException(String message) {
        super(message);
    }
}
