package org.xueliang.alerts.channel;

/**
 * One validation problem: where (a key path such as {@code channels[1].source.url}) and what.
 *
 * @param path    key path of the offending value; empty for the document itself
 * @param message what is wrong, with the expected and the actual value
 */
public record FieldError(String path, String message) {

    /** {@code path + ": " + message}, or only the message for the document itself. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
