package org.xueliang.alerts.jurisdiction;

/** An import whose body cannot be read at all (bad header, not a list, broken quoting): nothing is saved. */
public final class InvalidImportException extends RuntimeException {
    public InvalidImportException(String message) {
        super(message);
    }
}
