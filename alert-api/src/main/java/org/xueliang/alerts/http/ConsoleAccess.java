package org.xueliang.alerts.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.store.ChannelNotFoundException;
import org.xueliang.alerts.store.StoredChannel;

/**
 * Which channels a principal may watch: all of them, or a duty officer's jurisdiction's. A channel
 * outside is answered as missing, as alerts are ({@link AlertScope}).
 */
final class ConsoleAccess {
    private final ChannelRegistry channels;
    private final JurisdictionDirectory directory;

    /** @param directory the jurisdiction tree, null for an API without duty officers */
    ConsoleAccess(ChannelRegistry channels, JurisdictionDirectory directory) {
        this.channels = channels;
        this.directory = directory;
    }

    AlertScope scope(RoutingContext ctx) {
        return AlertScope.of(Access.principal(ctx), directory);
    }

    /**
     * A channel the scope may watch; blocking.
     *
     * @throws ChannelNotFoundException when there is none or it is out of scope
     */
    StoredChannel channel(String id, AlertScope scope) {
        if (scope.channels() != null && !scope.channels().contains(id)) {
            throw new ChannelNotFoundException(id);
        }
        return channels.get(id);
    }

    /** Ids of the channels the scope may watch, by id; blocking. */
    List<String> visibleIds(AlertScope scope) {
        return channels.list().stream().map(StoredChannel::id)
                .filter(id -> scope.channels() == null || scope.channels().contains(id)).toList();
    }

    ChannelRegistry registry() {
        return channels;
    }
}
