package org.xueliang.alerts.store;

/** The store's work queue is full: the caller should shed load or try again later. */
public final class StoreBusyException extends StoreException {
    public StoreBusyException(String message) {
        super(message);
    }
}
