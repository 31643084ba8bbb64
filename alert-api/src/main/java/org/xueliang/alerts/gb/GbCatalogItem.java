package org.xueliang.alerts.gb;

/**
 * One {@code <Item>} of a device's Catalog answer, as the SIP gateway parsed it. Text fields are
 * what the device sent (null when absent); the store cuts over-long text to its column size.
 *
 * @param channelId    20-digit ID of the channel (camera, alarm input, or a business group)
 * @param name         Name
 * @param manufacturer Manufacturer
 * @param model        Model
 * @param civilCode    CivilCode, the administrative area
 * @param parentId     ParentID; 2022 devices may send several IDs separated by {@code /}
 * @param status       Status as sent, normally {@code ON} or {@code OFF}
 * @param longitude    Longitude in degrees, null when absent
 * @param latitude     Latitude in degrees, null when absent
 * @param ptzType      PTZType: 1 dome, 2 half-dome, 3 fixed, 4 remote-controlled; null when absent
 */
public record GbCatalogItem(String channelId, String name, String manufacturer, String model, String civilCode,
                            String parentId, String status, Double longitude, Double latitude, Integer ptzType) {
    public GbCatalogItem {
        GbIds.require("channelId", channelId);
    }
}
