package org.xueliang.alerts.jurisdiction;

/** A jurisdiction with this code exists already. */
public final class DuplicateJurisdictionException extends RuntimeException {
    public DuplicateJurisdictionException(String code) {
        super("jurisdiction \"" + code + "\" already exists");
    }
}
