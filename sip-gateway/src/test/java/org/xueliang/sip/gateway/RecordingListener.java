package org.xueliang.sip.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceCameBack;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.DeviceWentOffline;
import org.xueliang.sip.message.DeviceInfoResponse;

/** Keeps every event the gateway reports, for tests to assert on. */
public final class RecordingListener implements GbGatewayListener {
    public final List<DeviceState> registered = new CopyOnWriteArrayList<>();
    public final List<DeviceState> keepalives = new CopyOnWriteArrayList<>();
    public final List<DeviceWentOffline> offline = new CopyOnWriteArrayList<>();
    public final List<DeviceCameBack> back = new CopyOnWriteArrayList<>();
    public final List<Catalog> catalogs = new CopyOnWriteArrayList<>();
    public final List<DeviceInfoResponse> infos = new CopyOnWriteArrayList<>();
    public final List<DeviceAlarm> alarms = new CopyOnWriteArrayList<>();

    @Override
    public void deviceRegistered(DeviceState state) {
        registered.add(state);
    }

    @Override
    public void keepalive(DeviceState state) {
        keepalives.add(state);
    }

    @Override
    public void deviceOffline(DeviceWentOffline event) {
        offline.add(event);
    }

    @Override
    public void deviceBack(DeviceCameBack event) {
        back.add(event);
    }

    @Override
    public void catalog(Catalog catalog) {
        catalogs.add(catalog);
    }

    @Override
    public void deviceInfo(DeviceInfoResponse info) {
        infos.add(info);
    }

    @Override
    public void alarm(String deviceId, DeviceAlarm alarm) {
        alarms.add(alarm);
    }
}
