package org.xueliang.alerts.jurisdiction;

/** No site has the code asked for. */
public final class SiteNotFoundException extends RuntimeException {
    public SiteNotFoundException(String code) {
        super("site \"" + code + "\" does not exist");
    }
}
