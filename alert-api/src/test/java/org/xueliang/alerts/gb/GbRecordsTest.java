package org.xueliang.alerts.gb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The records handed over by the server refuse values the store and the API could not honour. */
class GbRecordsTest {
    private static final String DEVICE = "34020000001320000001";
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void aDeviceAlertIsFiledUnderItsChannelWhenItHasOne() {
        assertThat(new DeviceAlert(DEVICE, null, DeviceAlert.DEVICE_OFFLINE, T0, null, null).sourceId())
                .isEqualTo(DEVICE);
        assertThat(new DeviceAlert(DEVICE, "34020000001340000001", DeviceAlert.DEVICE_ALARM, T0, "door", 1).sourceId())
                .isEqualTo("34020000001340000001");
    }

    @Test
    void aDeviceAlertNeedsTwentyDigitIdsAndAKnownType() {
        assertThatThrownBy(() -> new DeviceAlert("123", null, DeviceAlert.DEVICE_OFFLINE, T0, null, null))
                .hasMessage("deviceId must be 20 digits, got \"123\"");
        assertThatThrownBy(() -> new DeviceAlert(DEVICE, "3402000000134000000x", DeviceAlert.DEVICE_ALARM, T0, null,
                null)).hasMessage("channelId must be 20 digits, got \"3402000000134000000x\"");
        assertThatThrownBy(() -> new DeviceAlert(DEVICE, null, "ZONE_INTRUSION", T0, null, null))
                .hasMessage("device alert type must be one of DEVICE_OFFLINE, DEVICE_ONLINE, DEVICE_ALARM, "
                        + "got \"ZONE_INTRUSION\"");
    }

    @Test
    void aPtzRequestChecksActionSpeedAndPreset() {
        assertThat(new PtzRequest("preset-call", 0, 255).preset()).isEqualTo(255);
        assertThatThrownBy(() -> new PtzRequest("spin", 1, null))
                .hasMessageStartingWith("PTZ action must be one of left, right, up,")
                .hasMessageEndingWith("got \"spin\"");
        assertThatThrownBy(() -> new PtzRequest("left", 256, null))
                .hasMessage("PTZ speed must be from 0 to 255, got 256");
        assertThatThrownBy(() -> new PtzRequest("preset-set", 1, null))
                .hasMessage("PTZ action preset-set needs a preset");
        assertThatThrownBy(() -> new PtzRequest("stop", 0, 3)).hasMessage("PTZ action stop takes no preset, got 3");
        assertThatThrownBy(() -> new PtzRequest("preset-delete", 0, 0))
                .hasMessage("PTZ preset must be from 1 to 255, got 0");
    }

    @Test
    void theDisabledGatewayRefusesEveryRequestWithTheConfigKey() {
        GbGateway gateway = GbGateway.disabled();

        assertThat(gateway.deviceInfo(DEVICE)).isCompletedExceptionally();
        assertThatThrownBy(() -> gateway.ptz(DEVICE, DEVICE, new PtzRequest("stop", 0, null)).join())
                .hasCauseInstanceOf(GbGatewayDisabledException.class)
                .hasRootCauseMessage("the GB28181 gateway is not enabled (sip.enabled: false)");
    }

    @Test
    void aRegistrationCannotExpireBeforeItWasAccepted() {
        assertThatThrownBy(() -> new GbRegistration(DEVICE, SipTransport.UDP, "10.0.0.1:5060", null, T0,
                T0.minusSeconds(1))).hasMessage("registration of " + DEVICE
                + " expires at 2024-05-01T07:59:59Z, before it was accepted at 2024-05-01T08:00:00Z");
    }
}
