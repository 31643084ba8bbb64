package org.xueliang.sip.catalog;

import java.util.List;
import org.xueliang.sip.message.CatalogItem;

/**
 * A device's complete catalog: every item of every packet answering one query.
 *
 * @param deviceId the device that answered
 * @param sn       the SN of the query
 * @param items    distinct items (by DeviceID) in the order they arrived
 */
public record Catalog(String deviceId, long sn, List<CatalogItem> items) {
    public Catalog {
        items = List.copyOf(items);
    }

    /** Items that carry video (cameras, recorders), leaving out groups, organisations and alarm inputs. */
    public List<CatalogItem> videoChannels() {
        return items.stream().filter(item -> item.type().carriesVideo()).toList();
    }
}
