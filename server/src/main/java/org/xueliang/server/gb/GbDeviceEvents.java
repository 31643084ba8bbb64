package org.xueliang.server.gb;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.gb.DeviceAlert;
import org.xueliang.alerts.gb.GbCatalogItem;
import org.xueliang.alerts.gb.GbDeviceInfo;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbRegistration;
import org.xueliang.alerts.gb.SipTransport;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.DeviceCameBack;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.DeviceWentOffline;
import org.xueliang.sip.gateway.GbGatewayListener;
import org.xueliang.sip.message.CatalogItem;
import org.xueliang.sip.message.DeviceInfoResponse;

/**
 * What the gateway reports, carried into the server: registrations, keepalives, catalogs and
 * device info are stored (per device in order, on the store's threads), and going offline, coming
 * back and alarms become alerts through the same path as analytics alerts. Returns at once.
 */
final class GbDeviceEvents implements GbGatewayListener {
    private static final Logger LOG = LoggerFactory.getLogger(GbDeviceEvents.class);

    private final GbDeviceStore store;
    private final DeviceWriteQueue writes;
    private final AlertService alerts;

    GbDeviceEvents(GbDeviceStore store, DeviceWriteQueue writes, AlertService alerts) {
        this.store = store;
        this.writes = writes;
        this.alerts = alerts;
    }

    @Override
    public void deviceRegistered(DeviceState state) {
        GbRegistration registration = new GbRegistration(state.deviceId(), transport(state.address()),
                remote(state.address()), state.version().headerValue(), state.registeredAt(), state.expiresAt());
        writes.submit(state.deviceId(), "registration", () -> store.register(registration));
    }

    @Override
    public void keepalive(DeviceState state) {
        writes.submit(state.deviceId(), "keepalive",
                () -> store.keepalive(state.deviceId(), state.lastKeepalive(), remote(state.address())));
    }

    @Override
    public void deviceOffline(DeviceWentOffline event) {
        writes.submit(event.deviceId(), "offline state", () -> store.setOnline(event.deviceId(), false));
        raise(new DeviceAlert(event.deviceId(), null, DeviceAlert.DEVICE_OFFLINE, event.at(), event.reason(), null));
    }

    @Override
    public void deviceBack(DeviceCameBack event) {
        writes.submit(event.deviceId(), "online state", () -> store.setOnline(event.deviceId(), true));
        raise(new DeviceAlert(event.deviceId(), null, DeviceAlert.DEVICE_ONLINE, event.at(),
                "back online at " + remote(event.address()) + " (was offline: " + event.offlineReason() + ")", null));
    }

    @Override
    public void catalog(Catalog catalog) {
        List<GbCatalogItem> items = new ArrayList<>();
        for (CatalogItem item : catalog.items()) {
            if (isGbId(item.deviceId())) {
                items.add(new GbCatalogItem(item.deviceId(), item.name(), item.manufacturer(), item.model(),
                        item.civilCode(), item.parentId(), item.status(), item.longitude(), item.latitude(),
                        item.ptzType()));
            } else {
                LOG.warn("catalog of {}: item \"{}\" skipped, its DeviceID is not 20 digits", catalog.deviceId(),
                        item.deviceId());
            }
        }
        writes.submit(catalog.deviceId(), "catalog", () -> store.replaceChannels(catalog.deviceId(), items));
    }

    @Override
    public void deviceInfo(DeviceInfoResponse info) {
        GbDeviceInfo stored = GbGatewayAdapter.info(info);
        writes.submit(info.deviceId(), "device info", () -> store.updateInfo(stored));
    }

    @Override
    public void alarm(String deviceId, DeviceAlarm alarm) {
        // an alarm input reports under its own ID: that is the alert's channel
        String channelId = !alarm.deviceId().equals(deviceId) && isGbId(alarm.deviceId()) ? alarm.deviceId() : null;
        raise(new DeviceAlert(deviceId, channelId, DeviceAlert.DEVICE_ALARM, alarm.time(), alarm.summary(),
                alarm.priority()));
    }

    private void raise(DeviceAlert alert) {
        alerts.submitDeviceAlert(alert).whenComplete((stored, error) -> {
            if (error != null) {
                LOG.error("{} alert of device {} was not stored: {}", alert.type(), alert.deviceId(),
                        error.getMessage());
            }
        });
    }

    private static boolean isGbId(String id) {
        return id != null && ChannelSpecReader.GB_ID.matcher(id).matches();
    }

    static SipTransport transport(DeviceAddress address) {
        return SipTransport.valueOf(address.transport().name());
    }

    /** {@code host:port}, as the store keeps it. */
    static String remote(DeviceAddress address) {
        return address.host().contains(":") ? "[" + address.host() + "]:" + address.port()
                : address.host() + ":" + address.port();
    }
}
