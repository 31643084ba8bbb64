package org.xueliang.analytics.rules;

/** A rule's configuration cannot be used; the message names the rule, the field and the bad value. */
public final class InvalidRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String message) {
        super(message);
    }
}
