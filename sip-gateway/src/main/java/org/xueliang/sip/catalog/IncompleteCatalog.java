package org.xueliang.sip.catalog;

import java.util.List;
import org.xueliang.sip.message.CatalogItem;

/**
 * The part of a catalog that arrived before its packets stopped coming.
 *
 * @param deviceId the device that answered
 * @param sn       the SN of the query
 * @param sumNum   the total the device announced
 * @param items    the distinct items received
 */
public record IncompleteCatalog(String deviceId, long sn, int sumNum, List<CatalogItem> items) {
    public IncompleteCatalog {
        items = List.copyOf(items);
    }
}
