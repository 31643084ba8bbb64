package org.xueliang.sip.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.alarm.AlarmMapper;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.message.AlarmNotify;

/** Answers an Alarm notify: the alarm goes to the listener, the device gets 200 and then an Alarm response. */
final class AlarmResponder {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmResponder.class);

    private final AlarmMapper mapper;
    private final GuardedListener listener;
    private final DeviceRequests requests;

    AlarmResponder(AlarmMapper mapper, GuardedListener listener, DeviceRequests requests) {
        this.mapper = mapper;
        this.listener = listener;
        this.requests = requests;
    }

    SipReply handle(String deviceId, AlarmNotify notify) {
        DeviceAlarm alarm = mapper.toDeviceAlarm(notify);
        LOG.info("alarm from {} ({}): {}", deviceId, alarm.deviceId(), alarm.summary());
        listener.alarm(deviceId, alarm);
        // the device waits for both, in this order: our 200, then our Alarm response
        return SipReply.of(200, "OK").then(() -> requests.alarmResponse(deviceId, notify.sn()));
    }
}
