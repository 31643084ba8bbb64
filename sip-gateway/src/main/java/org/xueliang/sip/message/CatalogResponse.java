package org.xueliang.sip.message;

import java.util.List;

/**
 * One packet of {@code <Response><CmdType>Catalog</CmdType>}. Devices split a catalog over many
 * MESSAGEs with the same SN; {@code sumNum} is the total over all of them.
 *
 * @param sn       sequence number of the query answered
 * @param deviceId the answering device
 * @param sumNum   number of items in the whole catalog
 * @param items    the items of this packet ({@code <DeviceList>})
 */
public record CatalogResponse(long sn, String deviceId, int sumNum, List<CatalogItem> items)
        implements ManscdpMessage {

    public CatalogResponse {
        items = List.copyOf(items);
    }

    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.RESPONSE;
    }

    @Override
    public String cmdType() {
        return "Catalog";
    }
}
