package org.xueliang.alerts.jurisdiction;

/** A site with this code exists already. */
public final class DuplicateSiteException extends RuntimeException {
    public DuplicateSiteException(String code) {
        super("site \"" + code + "\" already exists");
    }
}
