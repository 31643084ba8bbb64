package org.xueliang.alerts.jurisdiction;

import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;

/** A jurisdiction, site or assignment that does not fit the tree; every problem with its field. */
public final class InvalidJurisdictionException extends RuntimeException {
    private final String title;
    private final List<FieldError> errors;

    public InvalidJurisdictionException(String title, List<FieldError> errors) {
        super(title + ": " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** What was being checked: {@code invalid jurisdiction}, {@code invalid site}, {@code invalid assignment}. */
    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
