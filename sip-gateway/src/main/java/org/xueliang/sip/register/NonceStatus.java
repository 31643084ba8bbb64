package org.xueliang.sip.register;

/** What the gateway thinks of a nonce a device answered. */
public enum NonceStatus {
    /** Issued here and still fresh. */
    VALID,
    /** Issued here but too old: challenge again with {@code stale=true}, the password may well be right. */
    EXPIRED,
    /** Not issued here (forged, from before a restart, or garbled): challenge again. */
    UNKNOWN
}
