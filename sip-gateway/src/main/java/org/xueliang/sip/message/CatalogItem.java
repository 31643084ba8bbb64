package org.xueliang.sip.message;

/**
 * An {@code <Item>} of a catalog: a channel (camera, alarm input), a business group or a virtual
 * organisation. Only {@code deviceId} is always present; absent fields are null.
 *
 * @param deviceId        20-digit ID of the item
 * @param name            display name
 * @param manufacturer    manufacturer
 * @param model           model
 * @param owner           owner
 * @param civilCode       administrative region code
 * @param block           police area
 * @param address         installation address
 * @param parental        1 when the item has children, 0 otherwise
 * @param parentId        ID of the parent (device, business group or virtual organisation)
 * @param businessGroupId business group of a virtual organisation
 * @param registerWay     1 RFC 3261, 2 password-based, 3 certificate
 * @param secrecy         0 not secret, 1 secret
 * @param ipAddress       IP address of the item
 * @param port            port of the item
 * @param status          {@code ON} or {@code OFF} as sent (see {@link #isOn()})
 * @param longitude       WGS-84 longitude
 * @param latitude        WGS-84 latitude
 * @param ptzType         1 dome, 2 hemisphere, 3 fixed box, 4 fixed with remote control
 */
public record CatalogItem(String deviceId, String name, String manufacturer, String model, String owner,
                          String civilCode, String block, String address, Integer parental, String parentId,
                          String businessGroupId, Integer registerWay, Integer secrecy, String ipAddress,
                          Integer port, String status, Double longitude, Double latitude, Integer ptzType) {

    /** An item with an ID, a name and a status only, the rest absent. */
    public static CatalogItem of(String deviceId, String name, String status) {
        return new CatalogItem(deviceId, name, null, null, null, null, null, null, null, null, null, null,
                null, null, null, status, null, null, null);
    }

    /** True when the device reports the item working; devices write {@code ON}, some {@code ONLINE} or {@code OK}. */
    public boolean isOn() {
        return status != null && (status.equalsIgnoreCase("ON") || status.equalsIgnoreCase("ONLINE")
                || status.equalsIgnoreCase("OK"));
    }

    /** The kind of item by the type digits of its ID, {@link GbDeviceType#OTHER} when the ID is not 20 digits. */
    public GbDeviceType type() {
        try {
            return GbId.parse(deviceId).type();
        } catch (InvalidGbIdException e) {
            return GbDeviceType.OTHER;
        }
    }
}
