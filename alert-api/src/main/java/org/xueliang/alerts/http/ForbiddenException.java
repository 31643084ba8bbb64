package org.xueliang.alerts.http;

/** An authenticated user whose role does not allow the route (403). */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
