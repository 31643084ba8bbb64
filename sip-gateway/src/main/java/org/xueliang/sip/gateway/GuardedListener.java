package org.xueliang.sip.gateway;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceAddressChanged;
import org.xueliang.sip.device.DeviceCameBack;
import org.xueliang.sip.device.DeviceEvent;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.DeviceWentOffline;
import org.xueliang.sip.message.DeviceInfoResponse;

/**
 * Calls the server's listener so that a failure there is logged and never turns into a SIP error
 * or a dead timer thread; also routes registry events to the matching listener method.
 */
final class GuardedListener implements GbGatewayListener {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final GbGatewayListener delegate;

    GuardedListener(GbGatewayListener delegate) {
        this.delegate = delegate;
    }

    /** Passes each registry event to the listener method for its kind. */
    void publish(List<DeviceEvent> events) {
        for (DeviceEvent event : events) {
            if (event instanceof DeviceWentOffline offline) {
                LOG.info("device {} offline: {}", offline.deviceId(), offline.reason());
                deviceOffline(offline);
            } else if (event instanceof DeviceCameBack back) {
                LOG.info("device {} back online at {} (was offline: {})", back.deviceId(), back.address(),
                        back.offlineReason());
                deviceBack(back);
            } else if (event instanceof DeviceAddressChanged moved) {
                // the new address travels with the next registration or keepalive the listener gets
                LOG.info("device {} moved from {} to {}", moved.deviceId(), moved.from(), moved.to());
            }
        }
    }

    @Override
    public void deviceRegistered(DeviceState state) {
        call("deviceRegistered", state.deviceId(), l -> l.deviceRegistered(state));
    }

    @Override
    public void keepalive(DeviceState state) {
        call("keepalive", state.deviceId(), l -> l.keepalive(state));
    }

    @Override
    public void deviceOffline(DeviceWentOffline event) {
        call("deviceOffline", event.deviceId(), l -> l.deviceOffline(event));
    }

    @Override
    public void deviceBack(DeviceCameBack event) {
        call("deviceBack", event.deviceId(), l -> l.deviceBack(event));
    }

    @Override
    public void catalog(Catalog catalog) {
        call("catalog", catalog.deviceId(), l -> l.catalog(catalog));
    }

    @Override
    public void deviceInfo(DeviceInfoResponse info) {
        call("deviceInfo", info.deviceId(), l -> l.deviceInfo(info));
    }

    @Override
    public void alarm(String deviceId, DeviceAlarm alarm) {
        call("alarm", deviceId, l -> l.alarm(deviceId, alarm));
    }

    private void call(String what, String deviceId, Consumer<GbGatewayListener> action) {
        try {
            action.accept(delegate);
        } catch (RuntimeException e) {
            LOG.error("gateway listener failed on {} of device {}", what, deviceId, e);
        }
    }
}
