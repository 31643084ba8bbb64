package org.xueliang.server.config;

import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;

/** The configuration could not be loaded; the message lists every problem, one {@code path: message} a line. */
public final class ConfigException extends Exception {
    private final List<FieldError> errors;

    public ConfigException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a configuration error needs at least one problem");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }
}
