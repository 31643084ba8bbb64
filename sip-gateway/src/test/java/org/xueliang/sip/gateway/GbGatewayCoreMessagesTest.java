package org.xueliang.sip.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.message.CatalogItem;
import org.xueliang.sip.message.DeviceInfoResponse;
import org.xueliang.sip.message.DeviceStatusResponse;
import org.xueliang.sip.message.Fixtures;
import org.xueliang.sip.ptz.Pan;
import org.xueliang.sip.ptz.PtzCommand;
import org.xueliang.sip.ptz.Tilt;
import org.xueliang.sip.ptz.Zoom;

/** MESSAGEs from devices and the platform's queries, through the core with a fake client. */
class GbGatewayCoreMessagesTest {
    private static final String NVR = "34020000001180000001";
    private static final Pattern SN = Pattern.compile("<SN>(\\d+)</SN>");
    private final CoreFixture fixture = new CoreFixture();
    private final GbGatewayCore core = fixture.core;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCatalogSpreadOverThreePacketsReachesTheListenerOnceComplete() {
        fixture.register(NVR);

        for (String packet : new String[] {"1.xml", "2.xml", "3.xml"}) {
            assertThat(fixture.listener.catalogs).as("before %s", packet).isEmpty();
            SipReply reply = core.handle(Requests.message(NVR, Fixtures.bytes("catalog-3-packets/" + packet),
                    Requests.UDP_SOURCE));
            assertThat(reply.status()).isEqualTo(200);
        }

        Catalog catalog = fixture.listener.catalogs.get(0);
        assertThat(fixture.listener.catalogs).hasSize(1);
        assertThat(catalog.deviceId()).isEqualTo(NVR);
        assertThat(catalog.sn()).isEqualTo(17430);
        assertThat(catalog.items()).hasSize(5);
        assertThat(catalog.items().get(0).deviceId()).isEqualTo("34020000001310000001");
        assertThat(catalog.items()).extracting(CatalogItem::parentId).containsOnly(NVR);
    }

    @Test
    void anAlarmIsReportedAnsweredAndFollowedByTheAlarmResponse() throws Exception {
        fixture.register(NVR);
        String alarm = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Notify><CmdType>Alarm</CmdType><SN>88</SN>"
                + "<DeviceID>34020000001340000001</DeviceID><AlarmPriority>2</AlarmPriority>"
                + "<AlarmMethod>5</AlarmMethod><AlarmTime>2026-03-01T09:59:58</AlarmTime>"
                + "<AlarmDescription>区域入侵</AlarmDescription><Info><AlarmType>2</AlarmType></Info></Notify>";

        SipReply reply = core.handle(Requests.message(NVR, alarm));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(fixture.listener.alarms).singleElement().satisfies(event -> {
            assertThat(event.deviceId()).isEqualTo("34020000001340000001");
            assertThat(event.priority()).isEqualTo(2);
            assertThat(event.method()).isEqualTo("video");
            assertThat(event.description()).isEqualTo("区域入侵");
            assertThat(event.time()).isEqualTo(Instant.parse("2026-03-01T01:59:58Z"));
        });
        assertThat(fixture.client.nothingSent()).as("the Alarm response waits for the 200 to be sent").isTrue();

        reply.afterSent().run();

        FakeSipClient.SentMessage response = fixture.client.nextMessage();
        assertThat(response.message().targetId()).isEqualTo(NVR);
        assertThat(response.message().address()).isEqualTo(Requests.UDP_SOURCE);
        assertThat(response.body()).contains("<Response>", "<CmdType>Alarm</CmdType>", "<SN>88</SN>",
                "<DeviceID>" + NVR + "</DeviceID>", "<Result>OK</Result>");
    }

    @Test
    void aDeviceInfoQueryCompletesWithTheAnsweringMessage() throws Exception {
        fixture.register(NVR);

        CompletableFuture<DeviceInfoResponse> info = core.deviceInfo(NVR);
        FakeSipClient.SentMessage query = fixture.client.nextMessage();
        assertThat(query.body()).contains("<Query>", "<CmdType>DeviceInfo</CmdType>", "<DeviceID>" + NVR + "</DeviceID>");
        query.response().complete(FakeSipClient.ok());
        assertThat(info).isNotDone();

        String answer = new String(Fixtures.bytes("device-info/response.xml"), StandardCharsets.US_ASCII)
                .replace("<SN>31</SN>", "<SN>" + sn(query.body()) + "</SN>");
        assertThat(core.handle(Requests.message(NVR, answer)).status()).isEqualTo(200);

        DeviceInfoResponse got = info.get(1, TimeUnit.SECONDS);
        assertThat(got.deviceName()).isEqualTo("NVR-01");
        assertThat(got.manufacturer()).isEqualTo("Hikvision");
        assertThat(got.firmware()).isEqualTo("V4.1.25");
        assertThat(got.channel()).isEqualTo(8);
        assertThat(fixture.listener.infos).containsExactly(got);
    }

    @Test
    void aDeviceStatusAnswerWithAnotherSnDoesNotCompleteTheQuery() throws Exception {
        fixture.register(NVR);
        CompletableFuture<DeviceStatusResponse> status = core.deviceStatus(NVR);
        FakeSipClient.SentMessage query = fixture.client.nextMessage();
        query.response().complete(FakeSipClient.ok());
        long sn = sn(query.body());

        core.handle(Requests.message(NVR, statusAnswer(sn + 1)));
        assertThat(status).isNotDone();
        core.handle(Requests.message(NVR, statusAnswer(sn)));

        assertThat(status.get(1, TimeUnit.SECONDS).isOnline()).isTrue();
        assertThat(status.get().record()).isEqualTo("OFF");
    }

    @Test
    void aQueryThatIsNeverAnsweredTimesOut() {
        fixture.register(NVR);

        CompletableFuture<DeviceInfoResponse> info = core.deviceInfo(NVR);

        Throwable error = catchThrowable(() -> info.get(5, TimeUnit.SECONDS));
        assertThat(error).isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeviceTimeoutException.class)
                .hasMessage("device " + NVR + " did not answer the DeviceInfo query within 300 ms");
    }

    @Test
    void aMessageTheDeviceNeverAcknowledgesTimesOut() {
        fixture.register(NVR);

        Throwable error = catchThrowable(() -> core.refreshCatalog(NVR).get(5, TimeUnit.SECONDS));

        assertThat(error).cause().isInstanceOf(DeviceTimeoutException.class)
                .hasMessage("device " + NVR + " did not answer the Catalog query within 300 ms");
    }

    @Test
    void aRefusedCatalogQueryFailsWithTheDevicesStatus() throws Exception {
        fixture.register(NVR);
        CompletableFuture<Void> refresh = core.refreshCatalog(NVR);

        fixture.client.nextMessage().response().complete(new SipResponse(488, "Not Acceptable Here",
                java.util.Map.of(), null));

        assertThat(catchThrowable(() -> refresh.get(1, TimeUnit.SECONDS))).cause()
                .isInstanceOf(DeviceRefusedException.class)
                .hasMessage("device " + NVR + " answered the Catalog query with 488 Not Acceptable Here, expected 2xx");
    }

    @Test
    void requestsToUnknownOrOfflineDevicesFailAtOnce() {
        assertThat(catchThrowable(() -> core.refreshCatalog(NVR).join())).cause()
                .isInstanceOf(DeviceNotRegisteredException.class);

        fixture.register(NVR);
        fixture.clock.advanceSeconds(200);
        core.sweep();

        assertThat(catchThrowable(() -> core.deviceInfo(NVR).join())).cause()
                .isInstanceOf(DeviceOfflineException.class)
                .hasMessage("device " + NVR + " is offline (missed 3 keepalives (60s interval))");
        assertThat(fixture.client.nothingSent()).isTrue();
    }

    @Test
    void ptzSendsTheCommandInHexToTheChannel() throws Exception {
        fixture.register(NVR);
        PtzCommand left = PtzCommand.move(Pan.LEFT, Tilt.NONE, Zoom.NONE, 0x80, 0, 0);

        CompletableFuture<Void> sent = core.ptz(NVR, "34020000001310000002", left);
        FakeSipClient.SentMessage control = fixture.client.nextMessage();
        control.response().complete(FakeSipClient.ok());

        sent.get(1, TimeUnit.SECONDS);
        assertThat(control.message().targetId()).isEqualTo(NVR);
        assertThat(control.body()).contains("<Control>", "<CmdType>DeviceControl</CmdType>",
                "<DeviceID>34020000001310000002</DeviceID>", "<PTZCmd>" + left.toHex() + "</PTZCmd>");
    }

    @Test
    void aMalformedBodyIsABadRequestAndChangesNothing() {
        fixture.register(NVR);

        SipReply reply = core.handle(Requests.message(NVR, "<Notify><CmdType>Keepalive</CmdType>"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fixture.listener.keepalives).isEmpty();
        assertThat(core.handle(Requests.message(NVR, "not xml at all")).status()).isEqualTo(400);
    }

    @Test
    void messagesOtherThanKeepalivesFromUnknownDevicesAreRefused() {
        SipReply reply = core.handle(Requests.message(NVR, Fixtures.bytes("catalog-3-packets/1.xml"),
                Requests.UDP_SOURCE));

        assertThat(reply.status()).isEqualTo(403);
    }

    private static String statusAnswer(long sn) {
        return "<?xml version=\"1.0\"?><Response><CmdType>DeviceStatus</CmdType><SN>" + sn + "</SN><DeviceID>" + NVR
                + "</DeviceID><Result>OK</Result><Online>ONLINE</Online><Status>OK</Status><Record>OFF</Record>"
                + "</Response>";
    }

    private static long sn(String body) {
        Matcher matcher = SN.matcher(body);
        assertThat(matcher.find()).as("an SN in %s", body).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
