package org.xueliang.sip.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.sip.TestClock;
import org.xueliang.sip.message.AlarmNotify;
import org.xueliang.sip.message.Fixtures;
import org.xueliang.sip.message.ManscdpParser;

class AlarmMapperTest {
    // Asia/Shanghai: the device's 23:41:07 local time is 15:41:07 UTC.
    private final TestClock clock = new TestClock("2024-05-01T15:41:09Z");
    private final AlarmMapper mapper = new AlarmMapper(clock);

    @Test
    void intrusionAlarmFromTheFixture() {
        AlarmNotify notify = (AlarmNotify) ManscdpParser.parse(Fixtures.bytes("alarm-notify/intrusion.xml"), null);

        DeviceAlarm alarm = mapper.toDeviceAlarm(notify);

        assertThat(alarm).isEqualTo(new DeviceAlarm("34020000001340000001", 1, 5, "video", "区域入侵",
                Instant.parse("2024-05-01T15:41:07Z"), Instant.parse("2024-05-01T15:41:09Z"), 6, 117.2272, 31.8206));
        assertThat(alarm.summary()).isEqualTo("video alarm, priority 1: 区域入侵");
    }

    @Test
    void withoutAlarmTimeTheTimeOfReceiptIsUsed() {
        DeviceAlarm alarm = mapper.toDeviceAlarm(new AlarmNotify(1, "34020000001340000002", 3, 6, null, null, null,
                null, null));

        assertThat(alarm.time()).isEqualTo(clock.instant());
        assertThat(alarm.summary()).isEqualTo("device fault alarm, priority 3");
    }

    @ParameterizedTest
    @CsvSource({"1, phone", "2, device", "3, SMS", "4, GPS", "5, video", "6, device fault", "7, other",
        "0, unknown (0)", "8, unknown (8)"})
    void methodNames(int code, String name) {
        assertThat(AlarmMapper.methodName(code)).isEqualTo(name);
    }
}
