package org.xueliang.alerts.channel;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown with every problem found in a channel specification; the message lists them one a line. */
public final class InvalidSpecException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidSpecException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid spec needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every problem, in the order found. */
    public List<FieldError> errors() {
        return errors;
    }
}
