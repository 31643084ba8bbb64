package org.xueliang.alerts.http;

/** A request body in a format the API does not read (415). */
public final class UnsupportedMediaTypeException extends RuntimeException {
    public UnsupportedMediaTypeException(String contentType) {
        super("content type must be application/json, got "
                + (contentType == null ? "none" : "\"" + contentType + "\""));
    }
}
