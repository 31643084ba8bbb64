package org.xueliang.simulator.manscdp;

/**
 * One {@code <Item>} of a Catalog response: a camera channel of the device.
 * PTZType: 1 dome, 2 half-dome, 3 fixed box camera, 4 remote-controlled fixed camera.
 */
public record CatalogItem(String deviceId, String name, String manufacturer, String model, String owner,
                          String civilCode, String address, String parentId, boolean online,
                          double longitude, double latitude, int ptzType) {
}
