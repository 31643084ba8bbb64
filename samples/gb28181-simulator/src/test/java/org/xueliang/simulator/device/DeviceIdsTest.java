package org.xueliang.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceIdsTest {

    @Test
    void numbersDevicesAndChannelsWithoutCollisions() {
        List<DeviceIdentity> fleet = DeviceIds.fleet("34020000001320000001", 3, 2);
        assertThat(fleet).extracting(DeviceIdentity::deviceId)
                .containsExactly("34020000001320000001", "34020000001320000002", "34020000001320000003");
        assertThat(fleet.get(0).channels()).extracting(Channel::id)
                .containsExactly("34020000001310000001", "34020000001310000002");
        assertThat(fleet.get(2).channels()).extracting(Channel::id)
                .containsExactly("34020000001310000005", "34020000001310000006");
        assertThat(fleet.get(0).channels().get(0).name()).isEqualTo("东门口1号");
        Set<String> ids = new HashSet<>();
        fleet.forEach(d -> {
            ids.add(d.deviceId());
            d.channels().forEach(c -> ids.add(c.id()));
        });
        assertThat(ids).hasSize(9);
    }

    @Test
    void largeFleetKeepsTwentyDigitIds() {
        List<DeviceIdentity> fleet = DeviceIds.fleet("34020000001180000001", 10_000, 1);
        assertThat(fleet.get(9_999).deviceId()).isEqualTo("34020000001180010000");
        assertThat(fleet.get(9_999).channels().get(0).id()).isEqualTo("34020000001310010000");
        assertThat(fleet).allMatch(d -> d.deviceId().length() == 20 && d.channels().get(0).id().length() == 20);
    }

    @Test
    void refusesOverflowAndCameraTypedDevices() {
        assertThatThrownBy(() -> DeviceIds.fleet("34020000001320999999", 2, 1)).hasMessageContaining("exceeds the 6-digit serial");
        assertThatThrownBy(() -> DeviceIds.fleet("34020000001310000001", 1, 1)).hasMessageContaining("must not be 131");
        assertThatThrownBy(() -> DeviceIds.fleet("3402", 1, 1)).hasMessageContaining("must be 20 digits, got '3402'");
    }
}
