package org.xueliang.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceCameBack;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.DeviceWentOffline;
import org.xueliang.sip.gateway.GbGatewayListener;
import org.xueliang.sip.message.DeviceInfoResponse;

/** Counts what the gateway reports and when the first and last registrations came, without storing anything. */
final class CountingListener implements GbGatewayListener {
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicLong keepalives = new AtomicLong();
    private final AtomicInteger offline = new AtomicInteger();
    volatile long firstRegisteredNanos;
    volatile long lastRegisteredNanos;

    int registered() {
        return registered.get();
    }

    long keepalives() {
        return keepalives.get();
    }

    int offline() {
        return offline.get();
    }

    @Override
    public void deviceRegistered(DeviceState state) {
        long now = System.nanoTime();
        if (registered.getAndIncrement() == 0) {
            firstRegisteredNanos = now;
        }
        lastRegisteredNanos = now;
    }

    @Override
    public void keepalive(DeviceState state) {
        keepalives.incrementAndGet();
    }

    @Override
    public void deviceOffline(DeviceWentOffline event) {
        offline.incrementAndGet();
    }

    @Override
    public void deviceBack(DeviceCameBack event) {
        // counted as registrations or keepalives already
    }

    @Override
    public void catalog(Catalog catalog) {
        // not asked for in this benchmark
    }

    @Override
    public void deviceInfo(DeviceInfoResponse info) {
        // not asked for in this benchmark
    }

    @Override
    public void alarm(String deviceId, DeviceAlarm alarm) {
        // not raised in this benchmark
    }
}
