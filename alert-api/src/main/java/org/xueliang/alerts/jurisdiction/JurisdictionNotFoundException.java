package org.xueliang.alerts.jurisdiction;

/** No jurisdiction has the code asked for. */
public final class JurisdictionNotFoundException extends RuntimeException {
    public JurisdictionNotFoundException(String code) {
        super("jurisdiction \"" + code + "\" does not exist");
    }
}
