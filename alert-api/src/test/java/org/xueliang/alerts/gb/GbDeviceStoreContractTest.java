package org.xueliang.alerts.gb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;

/** The GB28181 device store behaves the same on H2 and on PostgreSQL. */
class GbDeviceStoreContractTest {
    static final String NVR = "34020000001180000001";
    static final String IPC = "34020000001320000002";
    static final String CAM_1 = "34020000001310000001";
    static final String CAM_2 = "34020000001310000002";
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private static GbDeviceStore store(TestDatabase db, Instant now) {
        return new GbDeviceStore(db.database().dataSource(), Clock.fixed(now, ZoneOffset.UTC));
    }

    static GbRegistration registration(String deviceId, String address, Instant at) {
        return new GbRegistration(deviceId, SipTransport.UDP, address, "3.0", at, at.plusSeconds(3600));
    }

    static GbCatalogItem item(String channelId, String name) {
        return new GbCatalogItem(channelId, name, "Hikvision", "DS-2CD2T47", "340200", NVR, "ON", 120.1234567,
                30.7654321, 3);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void registersANewDeviceOnlineAndReadsItBackEqual(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0.plusMillis(5));
            // nanoseconds are cut to microseconds, the precision both databases keep
            Instant at = Instant.parse("2024-05-01T08:00:00.123456789Z");

            GbDevice device = store.register(new GbRegistration(NVR, SipTransport.TCP, "192.168.1.64:5060", null, at,
                    at.plusSeconds(3600)));

            assertThat(device).isEqualTo(new GbDevice(NVR, null, null, null, null, SipTransport.TCP,
                    "192.168.1.64:5060", null, true, null, Instant.parse("2024-05-01T08:00:00.123456Z"),
                    Instant.parse("2024-05-01T09:00:00.123456Z"), T0.plusMillis(5)));
            assertThat(store.find(NVR)).contains(device);
            assertThat(store.find(IPC)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aRefreshUpdatesTheRegistrationAndKeepsWhatTheDeviceToldBefore(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            store(db, T0).register(registration(NVR, "10.0.0.7:5060", T0));
            store(db, T0).keepalive(NVR, T0.plusSeconds(60), "10.0.0.7:5060");
            store(db, T0).updateInfo(new GbDeviceInfo(NVR, "东门 NVR", "Dahua", "NVR4216", "V4.0", 16));
            store(db, T0).setOnline(NVR, false);
            GbDeviceStore later = store(db, T0.plusSeconds(600));

            GbDevice refreshed = later.register(new GbRegistration(NVR, SipTransport.TCP, "10.0.0.9:40122", "2.0",
                    T0.plusSeconds(600), T0.plusSeconds(4200)));

            assertThat(refreshed).isEqualTo(new GbDevice(NVR, "东门 NVR", "Dahua", "NVR4216", "V4.0", SipTransport.TCP,
                    "10.0.0.9:40122", "2.0", true, T0.plusSeconds(60), T0.plusSeconds(600), T0.plusSeconds(4200),
                    T0.plusSeconds(600)));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void keepalivesAndPresenceChangesSayWhetherTheStateChanged(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            store.register(registration(NVR, "10.0.0.7:5060", T0));

            assertThat(store.keepalive(NVR, T0.plusSeconds(60), "10.0.0.7:5060")).isFalse();
            assertThat(store.setOnline(NVR, false)).isTrue();
            assertThat(store.setOnline(NVR, false)).isFalse();
            assertThat(store.find(NVR).orElseThrow().online()).isFalse();
            // back after a NAT rebinding: the new source address is kept
            assertThat(store.keepalive(NVR, T0.plusSeconds(300), "10.0.0.7:61002")).isTrue();

            GbDevice device = store.find(NVR).orElseThrow();
            assertThat(device.online()).isTrue();
            assertThat(device.lastKeepalive()).isEqualTo(T0.plusSeconds(300));
            assertThat(device.remoteAddress()).isEqualTo("10.0.0.7:61002");
            assertThatThrownBy(() -> store.keepalive(IPC, T0, "10.0.0.8:5060"))
                    .isInstanceOf(GbDeviceNotFoundException.class)
                    .hasMessage("device \"34020000001320000002\" does not exist");
            assertThatThrownBy(() -> store.setOnline(IPC, true)).isInstanceOf(GbDeviceNotFoundException.class);
            assertThat(store.find(IPC)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void marksEveryDeviceOfflineAtStart(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            store.register(registration(NVR, "10.0.0.7:5060", T0));
            store.register(registration(IPC, "10.0.0.8:5060", T0));
            store.register(registration("34020000001320000003", "10.0.0.9:5060", T0));
            store.setOnline(IPC, false);

            assertThat(store.markAllOffline()).isEqualTo(2);
            assertThat(store.list(new GbDeviceQuery(true, 10, 0)).total()).isZero();
            assertThat(store.markAllOffline()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deviceInfoKeepsTheFieldsTheDeviceLeftOut(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            store.register(registration(NVR, "10.0.0.7:5060", T0));
            store.updateInfo(new GbDeviceInfo(NVR, "Gate", "Dahua", "NVR4216", "V4.0", 16));

            GbDevice device = store.updateInfo(new GbDeviceInfo(NVR, null, null, "NVR4216-4KS2", null, null));

            assertThat(List.of(device.name(), device.manufacturer(), device.model(), device.firmware()))
                    .containsExactly("Gate", "Dahua", "NVR4216-4KS2", "V4.0");
            assertThatThrownBy(() -> store.updateInfo(new GbDeviceInfo(IPC, "x", null, null, null, null)))
                    .isInstanceOf(GbDeviceNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void replacesTheCatalogAndFindsItsChannels(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            store(db, T0).register(registration(NVR, "10.0.0.7:5060", T0));
            store(db, T0).register(registration(IPC, "10.0.0.8:5060", T0));
            store(db, T0).replaceChannels(NVR, List.of(item(CAM_1, "old name"), item("34020000001310000009", "gone")));
            store(db, T0).replaceChannels(IPC, List.of(item(IPC, "lone camera")));
            GbDeviceStore later = store(db, T0.plusSeconds(30));
            GbCatalogItem sparse = new GbCatalogItem(CAM_2, null, null, null, null, null, null, null, null, null);

            // CAM_1 is listed twice, as some NVRs repeat items across packets: the last one counts
            List<GbChannel> stored = later.replaceChannels(NVR, List.of(item(CAM_1, "first"), sparse,
                    item(CAM_1, "东门 1 号")));

            GbChannel cam1 = new GbChannel(NVR, CAM_1, "东门 1 号", "Hikvision", "DS-2CD2T47", "340200", NVR, "ON",
                    120.1234567, 30.7654321, 3, T0.plusSeconds(30));
            GbChannel cam2 = new GbChannel(NVR, CAM_2, null, null, null, null, null, null, null, null, null,
                    T0.plusSeconds(30));
            assertThat(stored).containsExactly(cam1, cam2);
            assertThat(later.channels(NVR)).containsExactly(cam1, cam2);
            assertThat(later.findChannel(NVR, CAM_1)).contains(cam1);
            assertThat(later.findChannel(NVR, "34020000001310000009")).isEmpty();
            assertThat(later.findChannel(IPC, CAM_1)).isEmpty();
            assertThat(later.channels(IPC)).extracting(GbChannel::name).containsExactly("lone camera");
            assertThat(later.replaceChannels(IPC, List.of())).isEmpty();
            assertThat(later.channels(IPC)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aCatalogThatFailsHalfWayLeavesTheOldOne(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            store.register(registration(NVR, "10.0.0.7:5060", T0));
            store.replaceChannels(NVR, List.of(item(CAM_1, "kept")));
            // a constraint only this test has makes the second insert of the batch fail
            db.execute("ALTER TABLE gb_channels ADD CONSTRAINT poison_check CHECK (name <> 'poison')");

            assertThatThrownBy(() -> store.replaceChannels(NVR, List.of(item(CAM_2, "fine"), item(CAM_1, "poison"))))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("storing catalog of device " + NVR);

            assertThat(store.channels(NVR)).extracting(GbChannel::name).containsExactly("kept");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void refusesTheCatalogOfAnUnknownDevice(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            assertThatThrownBy(() -> store.replaceChannels(NVR, List.of(item(CAM_1, "x"))))
                    .isInstanceOf(GbDeviceNotFoundException.class);
            assertThatThrownBy(() -> store.channels(NVR)).isInstanceOf(GbDeviceNotFoundException.class)
                    .hasMessage("device \"34020000001180000001\" does not exist");
            assertThat(store.findChannel(NVR, CAM_1)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void cutsOverLongDeviceTextToTheColumnSize(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            store.register(registration(NVR, "10.0.0.7:5060", T0));
            // 199 characters and a character outside the BMP, which must not be split in half
            String name = "雪".repeat(199) + "\uD83D\uDCF7" + "tail";

            GbChannel channel = store.replaceChannels(NVR, List.of(new GbCatalogItem(CAM_1, name, null, null,
                    "340200" + "1234567890".repeat(6) + "1234", null, "ONLINE-BUT-TOO-LONG",
                    null, null, null))).get(0);

            assertThat(channel.name()).isEqualTo("雪".repeat(199));
            assertThat(channel.civilCode()).hasSize(64);
            assertThat(channel.status()).isEqualTo("ONLINE-BUT-TOO-L");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void listsDevicesInIdOrderFilteredAndPaged(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            GbDeviceStore store = store(db, T0);
            for (int i = 5; i >= 1; i--) {
                store.register(registration("3402000000132000000" + i, "10.0.0." + i + ":5060", T0));
            }
            store.setOnline("34020000001320000002", false);
            store.setOnline("34020000001320000004", false);

            GbDevicePage all = store.list(GbDeviceQuery.all());
            GbDevicePage online = store.list(new GbDeviceQuery(true, 2, 1));
            GbDevicePage offline = store.list(new GbDeviceQuery(false, 10, 0));
            GbDevicePage beyond = store.list(new GbDeviceQuery(null, 10, 5));

            assertThat(all.devices()).extracting(GbDevice::deviceId).containsExactly("34020000001320000001",
                    "34020000001320000002", "34020000001320000003", "34020000001320000004", "34020000001320000005");
            assertThat(all.total()).isEqualTo(5);
            assertThat(online.devices()).extracting(GbDevice::deviceId)
                    .containsExactly("34020000001320000003", "34020000001320000005");
            assertThat(online.total()).isEqualTo(3);
            assertThat(online.limit()).isEqualTo(2);
            assertThat(online.offset()).isEqualTo(1);
            assertThat(offline.devices()).extracting(GbDevice::deviceId)
                    .containsExactly("34020000001320000002", "34020000001320000004");
            assertThat(beyond.devices()).isEmpty();
            assertThat(beyond.total()).isEqualTo(5);
        }
    }
}
