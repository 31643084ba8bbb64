package org.xueliang.sip.message;

/**
 * {@code <Query><CmdType>Catalog</CmdType>}: asks a device for its channels and groups. The same
 * body opens a catalog subscription (SUBSCRIBE with {@code Event: Catalog}).
 *
 * @param sn       sequence number the answers will carry
 * @param deviceId the device asked
 */
public record CatalogQuery(long sn, String deviceId) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.QUERY;
    }

    @Override
    public String cmdType() {
        return "Catalog";
    }
}
