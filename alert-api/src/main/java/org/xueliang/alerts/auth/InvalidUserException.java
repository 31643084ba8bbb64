package org.xueliang.alerts.auth;

import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;

/** A user whose role and jurisdiction do not fit together or with the tree; every problem with its field. */
public final class InvalidUserException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidUserException(List<FieldError> errors) {
        super("invalid user: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
