package org.xueliang.alerts.delivery;

/** A receiver refused or did not take a message; the message is kept as the delivery's last error. */
public final class DeliveryFailedException extends RuntimeException {
    public DeliveryFailedException(String message) {
        super(message);
    }

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
