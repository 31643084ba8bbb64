package org.xueliang.alerts.http;

/** A resource the API does not have (404). */
final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
