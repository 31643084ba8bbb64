package org.xueliang.alerts.http;

import java.util.Set;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.store.Alert;

/**
 * The alerts a principal may see: all of them, or those whose channel belongs to his
 * jurisdiction's subtree (a duty officer). Alerts outside are answered as missing (404), so that
 * nothing about them leaks.
 *
 * @param channels the channels in scope, null for all
 */
record AlertScope(Set<String> channels) {
    static final AlertScope ALL = new AlertScope(null);

    /** The scope of a principal, by the directory's current tree. */
    static AlertScope of(Principal principal, JurisdictionDirectory directory) {
        if (principal.seesAllAlerts() || directory == null) {
            return ALL;
        }
        return new AlertScope(directory.tree().channelsWithin(principal.jurisdiction()));
    }

    boolean allows(Alert alert) {
        return channels == null || channels.contains(alert.channelId());
    }
}
