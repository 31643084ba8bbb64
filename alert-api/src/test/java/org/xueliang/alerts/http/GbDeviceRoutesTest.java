package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.alerts.http.GbControlRoutesTest.assertProblem;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.gb.DeviceAlert;
import org.xueliang.alerts.gb.GbCatalogItem;
import org.xueliang.alerts.gb.GbRegistration;
import org.xueliang.alerts.gb.SipTransport;
import org.xueliang.alerts.store.Alert;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.SamplingConfig;

/** The routes over the stored device registry, adoption of catalog channels, and device alerts. */
@ExtendWith(VertxExtension.class)
class GbDeviceRoutesTest {
    private static final String NVR = "34020000001180000001";
    private static final String IPC = "34020000001320000002";
    private static final String CAM_1 = "34020000001310000001";
    private static final String CAM_2 = "34020000001310000002";
    private static final String DEVICES = "/api/v1/gb/devices";
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        api.gbDevices.register(new GbRegistration(NVR, SipTransport.TCP, "10.0.0.7:40122", "3.0", T0,
                T0.plusSeconds(3600)));
        api.gbDevices.register(new GbRegistration(IPC, SipTransport.UDP, "10.0.0.8:5060", null, T0,
                T0.plusSeconds(3600)));
        api.gbDevices.setOnline(IPC, false);
        api.gbDevices.replaceChannels(NVR, List.of(
                new GbCatalogItem(CAM_1, "东门", "Hikvision", "DS-2CD2T47", "340200", NVR, "ON", 120.5, 30.25, 3),
                new GbCatalogItem(CAM_2, null, null, null, null, null, "OFF", null, null, null)));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private static List<String> deviceIds(JsonObject page) {
        return page.getJsonArray("devices").stream().map(d -> ((JsonObject) d).getString("deviceId")).toList();
    }

    @Test
    void listsDevicesFilteredByStateAndPaged() throws Exception {
        JsonObject all = api.get(DEVICES).bodyAsJsonObject();
        JsonObject offline = api.get(DEVICES + "?online=false").bodyAsJsonObject();
        JsonObject page = api.get(DEVICES + "?limit=1&offset=1&online=").bodyAsJsonObject();

        assertThat(deviceIds(all)).containsExactly(NVR, IPC);
        assertThat(all.getLong("total")).isEqualTo(2);
        assertThat(all.getInteger("limit")).isEqualTo(50);
        assertThat(deviceIds(offline)).containsExactly(IPC);
        assertThat(offline.getLong("total")).isEqualTo(1);
        assertThat(deviceIds(page)).containsExactly(IPC);
        assertThat(page.getInteger("offset")).isEqualTo(1);
    }

    @Test
    void showsADeviceWithItsChannels() throws Exception {
        HttpResponse<Buffer> response = api.get(DEVICES + "/" + NVR);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject cam1 = new JsonObject().put("deviceId", NVR).put("channelId", CAM_1).put("name", "东门")
                .put("manufacturer", "Hikvision").put("model", "DS-2CD2T47").put("civilCode", "340200")
                .put("parentId", NVR).put("status", "ON").put("longitude", 120.5).put("latitude", 30.25)
                .put("ptzType", 3).put("updatedAt", "2024-05-01T08:00:02Z");
        JsonObject cam2 = new JsonObject().put("deviceId", NVR).put("channelId", CAM_2).putNull("name")
                .putNull("manufacturer").putNull("model").putNull("civilCode").putNull("parentId")
                .put("status", "OFF").putNull("longitude").putNull("latitude").putNull("ptzType")
                .put("updatedAt", "2024-05-01T08:00:02Z");
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("deviceId", NVR).putNull("name")
                .putNull("manufacturer").putNull("model").putNull("firmware").put("transport", "TCP")
                .put("remoteAddress", "10.0.0.7:40122").put("gbVersion", "3.0").put("online", true)
                .putNull("lastKeepalive").put("registeredAt", "2024-05-01T08:00:00Z")
                .put("expiresAt", "2024-05-01T09:00:00Z").put("updatedAt", "2024-05-01T08:00:02Z")
                .put("channels", new JsonArray().add(cam1).add(cam2)));
        JsonObject channels = api.get(DEVICES + "/" + NVR + "/channels").bodyAsJsonObject();
        assertThat(channels).isEqualTo(new JsonObject().put("deviceId", NVR)
                .put("channels", new JsonArray().add(cam1).add(cam2)));
    }

    @Test
    void aDeviceWithoutCatalogHasNoChannelsAndAnUnknownOneIsNotFound() throws Exception {
        String unknown = "34020000001320000099";

        JsonObject ipc = api.get(DEVICES + "/" + IPC).bodyAsJsonObject();

        assertThat(ipc.getBoolean("online")).isFalse();
        assertThat(ipc.getJsonArray("channels")).isEmpty();
        assertProblem(api.get(DEVICES + "/" + unknown), 404, "device \"" + unknown + "\" does not exist");
        assertProblem(api.get(DEVICES + "/" + unknown + "/channels"), 404,
                "device \"" + unknown + "\" does not exist");
    }

    @Test
    void adoptingACatalogChannelCreatesAndStartsAnAnalyticsChannel() throws Exception {
        HttpResponse<Buffer> response = api.await(api.authorized(HttpMethod.POST,
                DEVICES + "/" + NVR + "/channels/" + CAM_1 + "/adopt").send());

        String id = "gb-" + CAM_1;
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/channels/" + id);
        JsonObject channel = response.bodyAsJsonObject();
        assertThat(channel.getString("id")).isEqualTo(id);
        assertThat(channel.getString("name")).isEqualTo("东门");
        assertThat(channel.getJsonObject("source")).isEqualTo(new JsonObject().put("type", "gb28181")
                .put("deviceId", NVR).put("channelId", CAM_1).put("transport", "udp"));
        assertThat(channel.getJsonObject("health").getString("state")).isEqualTo("ONLINE");
        assertThat(api.control.calls).containsExactly("start " + id);
        assertThat(api.control.runningSpec(id).orElseThrow()).isEqualTo(new ChannelSpec(id, "东门",
                new Gb28181SourceConfig(NVR, CAM_1, MediaTransport.UDP), new SamplingConfig(5, 640), List.of()));
        assertThat(api.channelStore.find(id)).isPresent();
    }

    @Test
    void adoptsWithTheGivenIdNameTransportAnalysisAndZones() throws Exception {
        HttpResponse<Buffer> response = api.sendJson(HttpMethod.POST,
                DEVICES + "/" + NVR + "/channels/" + CAM_2 + "/adopt",
                "{\"id\":\"school-gate\",\"name\":\"School gate\",\"transport\":\"tcp\",\"analysis\":{\"fps\":2},"
                        + "\"zones\":[{\"id\":\"yard\",\"polygon\":[[0,0],[1,0],[1,1]],\"minDwell\":\"2s\"}]}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(api.control.runningSpec("school-gate").orElseThrow()).isEqualTo(new ChannelSpec("school-gate",
                "School gate", new Gb28181SourceConfig(NVR, CAM_2, MediaTransport.TCP_PASSIVE),
                new SamplingConfig(2, 640), List.of(new ZoneRuleConfig("yard",
                        List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1)), 0.002, Duration.ofSeconds(2),
                        Duration.ofSeconds(30)))));
    }

    @Test
    void adoptingSomethingNotInTheCatalogIsNotFound() throws Exception {
        String unknown = "34020000001320000099";

        assertProblem(api.sendJson(HttpMethod.POST, DEVICES + "/" + NVR + "/channels/" + IPC + "/adopt", "{}"), 404,
                "device \"" + NVR + "\" has no channel \"" + IPC + "\" in its catalog");
        assertProblem(api.sendJson(HttpMethod.POST, DEVICES + "/" + unknown + "/channels/" + CAM_1 + "/adopt", "{}"),
                404, "device \"" + unknown + "\" does not exist");
        assertThat(api.control.calls).isEmpty();
        assertThat(api.channelStore.count()).isZero();
    }

    @Test
    void adoptingUnderATakenIdIsAConflictAndChangesNothing() throws Exception {
        String path = DEVICES + "/" + NVR + "/channels/" + CAM_1 + "/adopt";
        api.sendJson(HttpMethod.POST, path, "{\"id\":\"gate\"}");

        HttpResponse<Buffer> again = api.sendJson(HttpMethod.POST, path, "{\"id\":\"gate\",\"transport\":\"tcp\"}");

        assertProblem(again, 409, "channel \"gate\" already exists");
        assertThat(api.control.calls).containsExactly("start gate");
        assertThat(((Gb28181SourceConfig) api.channelStore.find("gate").orElseThrow().spec().source()).transport())
                .isEqualTo(MediaTransport.UDP);
    }

    @Test
    void deviceAlertsAreListedByTypeWithTheirTextAndHaveNoSnapshot() throws Exception {
        Alert offline = api.alertService.submitDeviceAlert(new DeviceAlert(IPC, null, DeviceAlert.DEVICE_OFFLINE,
                T0, "no keepalive for 180 s", null)).get(10, TimeUnit.SECONDS);
        api.alertService.submit(new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION", T0.plusSeconds(1), List.of(),
                null)).get(10, TimeUnit.SECONDS);

        JsonObject listed = api.get("/api/v1/alerts?type=DEVICE_OFFLINE").bodyAsJsonObject();
        HttpResponse<Buffer> snapshot = api.get("/api/v1/alerts/" + offline.id() + "/snapshot");
        String metrics = api.await(api.client.get("/metrics").send()).bodyAsString();

        assertThat(listed.getLong("total")).isEqualTo(1);
        assertThat(listed.getJsonArray("alerts").getJsonObject(0)).isEqualTo(new JsonObject()
                .put("id", offline.id()).put("channelId", IPC).put("ruleId", "gb28181").put("type", "DEVICE_OFFLINE")
                .put("state", "NEW").put("eventTime", "2024-05-01T08:00:00Z").put("createdAt", "2024-05-01T08:00:02Z")
                .put("boxes", new JsonArray()).putNull("snapshotUrl").putNull("acknowledgedAt")
                .putNull("acknowledgedBy").putNull("acknowledgeNote").put("description", "no keepalive for 180 s")
                .put("occurrences", 1).put("lastEventTime", "2024-05-01T08:00:00Z").put("level", 3)
                .putNull("jurisdiction").put("ackDueAt", "2024-05-01T09:00:02Z").put("escalations", 0)
                .putNull("assignee").putNull("dueAt").put("overdue", false).put("details", new JsonObject()));
        assertProblem(snapshot, 404, "alert \"" + offline.id() + "\" has no snapshot");
        assertThat(metrics).contains("xl_alerts_total{channel=\"" + IPC + "\",type=\"DEVICE_OFFLINE\",} 1.0");
    }
}
