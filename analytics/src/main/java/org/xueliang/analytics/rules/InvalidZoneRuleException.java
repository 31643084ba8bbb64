package org.xueliang.analytics.rules;

/** A zone rule's configuration cannot be used; the message names the rule and the field. */
public final class InvalidZoneRuleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidZoneRuleException(String message) {
        super(message);
    }
}
