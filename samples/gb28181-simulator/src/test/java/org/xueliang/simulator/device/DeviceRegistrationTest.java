package org.xueliang.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.xueliang.simulator.sip.SipMessage;

class DeviceRegistrationTest {

    private static SipMessage ok(String... headers) {
        SipMessage.Builder builder = SipMessage.response(200, "OK");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    @Test
    void grantedExpiryComesFromExpiresThenContactThenTheRequest() {
        Duration asked = Duration.ofSeconds(3600);
        assertThat(DeviceRegistration.grantedExpires(ok("Expires", "600"), asked)).hasSeconds(600);
        assertThat(DeviceRegistration.grantedExpires(ok("Contact", "<sip:a@1.2.3.4:5060>;expires=120"), asked)).hasSeconds(120);
        assertThat(DeviceRegistration.grantedExpires(ok(), asked)).isEqualTo(asked);
        assertThat(DeviceRegistration.grantedExpires(ok("Expires", "soon"), asked)).isEqualTo(asked);
    }

    @Test
    void serverTimeIsReadFromTheGbDateFormatWithOrWithoutMillis() {
        assertThat(DeviceRegistration.serverTime(ok("Date", "2024-05-01T08:30:05.123")))
                .contains(LocalDateTime.of(2024, 5, 1, 8, 30, 5, 123_000_000));
        assertThat(DeviceRegistration.serverTime(ok("Date", "2024-05-01T08:30:05")))
                .contains(LocalDateTime.of(2024, 5, 1, 8, 30, 5));
        assertThat(DeviceRegistration.serverTime(ok("Date", "Wed, 01 May 2024 08:30:05 GMT"))).isEmpty();
    }
}
