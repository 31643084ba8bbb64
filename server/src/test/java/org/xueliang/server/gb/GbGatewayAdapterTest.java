package org.xueliang.server.gb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.gb.GbDeviceNotFoundException;
import org.xueliang.alerts.gb.GbDeviceOfflineException;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbDeviceTimeoutException;
import org.xueliang.alerts.gb.GbGatewayException;
import org.xueliang.alerts.gb.GbRegistration;
import org.xueliang.alerts.gb.SipTransport;
import org.xueliang.alerts.store.Database;
import org.xueliang.alerts.store.DatabaseConfig;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.sip.gateway.DeviceRefusedException;
import org.xueliang.sip.gateway.DeviceTimeoutException;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.GbGatewayListener;
import org.xueliang.sip.gateway.GbGatewaySettings;
import org.xueliang.sip.gateway.SipCall;
import org.xueliang.sip.gateway.SipClient;
import org.xueliang.sip.gateway.SipResponse;
import org.xueliang.sip.register.PasswordLookup;

/** The core's failures as the API's exceptions; a device unknown to the gateway is looked up in the store. */
class GbGatewayAdapterTest {
    private static final String DEVICE = "34020000001320000001";
    private final Database database = Database.open(new DatabaseConfig("jdbc:h2:mem:gb-adapter-" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1", "sa", "", 2));
    private final StoreExecutor storeExecutor = new StoreExecutor(2, 16);
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final GbDeviceStore store = new GbDeviceStore(database.dataSource(), Clock.systemUTC());
    private final GbGatewayCore core = new GbGatewayCore(
            GbGatewaySettings.defaults("34020000002000000001", "3402000000", PasswordLookup.global("pw")),
            new SilentClient(), new IgnoringListener(), scheduler, Clock.systemUTC());
    private final GbGatewayAdapter adapter = new GbGatewayAdapter(core, store, storeExecutor);

    @AfterEach
    void close() {
        core.close();
        scheduler.shutdownNow();
        storeExecutor.close();
        database.close();
    }

    @Test
    void aDeviceNeitherRegisteredNorStoredIsNotFound() {
        Throwable error = catchThrowable(() -> adapter.deviceInfo(DEVICE).get(5, TimeUnit.SECONDS));

        assertThat(error).cause().isInstanceOf(GbDeviceNotFoundException.class);
    }

    @Test
    void aStoredDeviceThatHasNotRegisteredSinceTheStartIsOffline() throws Exception {
        Instant now = Instant.now();
        store.register(new GbRegistration(DEVICE, SipTransport.UDP, "10.0.0.7:5060", "2.0", now, now.plusSeconds(60)));

        Throwable error = catchThrowable(() -> adapter.refreshCatalog(DEVICE).get(5, TimeUnit.SECONDS));

        assertThat(error).cause().isInstanceOf(GbDeviceOfflineException.class)
                .hasMessage("device \"" + DEVICE + "\" is offline");
    }

    @Test
    void timeoutsAndRefusalsKeepTheirMeaning() {
        assertThat(GbGatewayAdapter.apiFailure(DEVICE,
                new DeviceTimeoutException(DEVICE, "DeviceInfo query", Duration.ofSeconds(5))))
                .isInstanceOf(GbDeviceTimeoutException.class)
                .hasMessage("device \"" + DEVICE + "\" did not answer the DeviceInfo query within 5000 ms");
        assertThat(GbGatewayAdapter.apiFailure(DEVICE, new DeviceRefusedException(DEVICE, "refused: 486 Busy Here")))
                .isExactlyInstanceOf(GbGatewayException.class).hasMessage("refused: 486 Busy Here");
    }

    /** Nothing is reported in these tests. */
    private static final class IgnoringListener implements GbGatewayListener {
        @Override
        public void deviceRegistered(org.xueliang.sip.device.DeviceState state) {
        }

        @Override
        public void keepalive(org.xueliang.sip.device.DeviceState state) {
        }

        @Override
        public void deviceOffline(org.xueliang.sip.device.DeviceWentOffline event) {
        }

        @Override
        public void deviceBack(org.xueliang.sip.device.DeviceCameBack event) {
        }

        @Override
        public void catalog(org.xueliang.sip.catalog.Catalog catalog) {
        }

        @Override
        public void deviceInfo(org.xueliang.sip.message.DeviceInfoResponse info) {
        }

        @Override
        public void alarm(String deviceId, org.xueliang.sip.alarm.DeviceAlarm alarm) {
        }
    }

    /** A client whose requests are never answered: these tests fail before anything is sent. */
    private static final class SilentClient implements SipClient {
        @Override
        public CompletableFuture<SipResponse> message(org.xueliang.sip.gateway.OutgoingMessage message) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<SipCall> invite(org.xueliang.sip.gateway.OutgoingInvite invite) {
            return new CompletableFuture<>();
        }
    }
}
