package org.xueliang.alerts.http;

/** A request body in a format the API does not read (415). */
public final class UnsupportedMediaTypeException extends RuntimeException {
    public UnsupportedMediaTypeException(String contentType) {
        this(contentType, "application/json");
    }

    /** @param expected the types the route reads, in words, such as {@code text/csv or application/json} */
    public UnsupportedMediaTypeException(String contentType, String expected) {
        super("content type must be " + expected + ", got "
                + (contentType == null ? "none" : "\"" + contentType + "\""));
    }
}
