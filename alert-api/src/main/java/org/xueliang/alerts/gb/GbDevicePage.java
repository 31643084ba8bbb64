package org.xueliang.alerts.gb;

import java.util.List;

/**
 * One page of devices in device ID order.
 *
 * @param devices the page
 * @param total   how many devices match the filter across all pages
 * @param limit   the page size asked for
 * @param offset  how many matching devices come before this page
 */
public record GbDevicePage(List<GbDevice> devices, long total, int limit, long offset) {
    public GbDevicePage {
        devices = List.copyOf(devices);
    }
}
