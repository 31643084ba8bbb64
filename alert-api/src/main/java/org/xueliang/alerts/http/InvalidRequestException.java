package org.xueliang.alerts.http;

import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;

/** A request the API refuses with 400: every problem with its path (a parameter, a body key). */
public final class InvalidRequestException extends RuntimeException {
    private final String title;
    private final List<FieldError> errors;

    public InvalidRequestException(String title, List<FieldError> errors) {
        super(title + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String title, FieldError error) {
        this(title, List.of(error));
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
