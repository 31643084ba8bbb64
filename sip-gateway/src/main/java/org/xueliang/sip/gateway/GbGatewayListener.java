package org.xueliang.sip.gateway;

import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceCameBack;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.DeviceWentOffline;
import org.xueliang.sip.message.DeviceInfoResponse;

/**
 * What the gateway tells the rest of the server. Called on SIP and timer threads, possibly
 * several at once: implementations hand the work to their own executors and return at once.
 */
public interface GbGatewayListener {
    /** A device registered or refreshed its registration; {@code state} is its state afterwards. */
    void deviceRegistered(DeviceState state);

    /** A registered device sent a keepalive; {@code state} holds its time and address. */
    void keepalive(DeviceState state);

    /** A device stopped counting as online: keepalives missed, registration expired or de-registered. */
    void deviceOffline(DeviceWentOffline event);

    /** An offline device registered again or sent a keepalive. */
    void deviceBack(DeviceCameBack event);

    /** Every packet of a catalog answer arrived. */
    void catalog(Catalog catalog);

    /** A device answered a DeviceInfo query. */
    void deviceInfo(DeviceInfoResponse info);

    /**
     * A device raised an alarm.
     *
     * @param deviceId the device that sent it (the alarm's own ID may be one of its alarm inputs)
     */
    void alarm(String deviceId, DeviceAlarm alarm);
}
