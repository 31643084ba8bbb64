package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(VertxExtension.class)
class JurisdictionRoutesTest {
    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> importBody(String contentType, Buffer body) throws Exception {
        return ApiTestServer.await(api.authorized(HttpMethod.POST, "/api/v1/jurisdictions/import")
                .putHeader("Content-Type", contentType).sendBuffer(body));
    }

    private HttpResponse<Buffer> delete(String path) throws Exception {
        return ApiTestServer.await(api.authorized(HttpMethod.DELETE, path).send());
    }

    @Test
    void createsReadsReplacesAndDeletesJurisdictions() throws Exception {
        HttpResponse<Buffer> county = api.sendJson(HttpMethod.POST, "/api/v1/jurisdictions",
                "{\"code\":\"341122\",\"name\":\"来安县\",\"level\":\"county\"}");
        api.sendJson(HttpMethod.POST, "/api/v1/jurisdictions",
                "{\"code\":\"341122100\",\"name\":\"新安镇\",\"level\":\"township\",\"parent\":\"341122\"}");
        HttpResponse<Buffer> renamed = api.sendJson(HttpMethod.PUT, "/api/v1/jurisdictions/341122100",
                "{\"name\":\"新安街道\",\"level\":\"township\",\"parent\":\"341122\"}");
        HttpResponse<Buffer> duplicate = api.sendJson(HttpMethod.POST, "/api/v1/jurisdictions",
                "{\"code\":\"341122\",\"name\":\"x\",\"level\":\"county\"}");

        assertThat(county.statusCode()).isEqualTo(201);
        assertThat(county.getHeader("Location")).isEqualTo("/api/v1/jurisdictions/341122");
        assertThat(county.bodyAsJsonObject()).isEqualTo(new JsonObject().put("code", "341122").put("name", "来安县")
                .put("level", "county").putNull("parent"));
        assertThat(renamed.bodyAsJsonObject().getString("name")).isEqualTo("新安街道");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(api.get("/api/v1/jurisdictions").bodyAsJsonObject().getJsonArray("jurisdictions"))
                .extracting(j -> ((JsonObject) j).getString("code")).containsExactly("341122", "341122100");

        HttpResponse<Buffer> inUse = delete("/api/v1/jurisdictions/341122");
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(inUse.bodyAsJsonObject().getString("detail"))
                .isEqualTo("jurisdiction \"341122\" is still used by 1 child");
        assertThat(delete("/api/v1/jurisdictions/341122100").statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/jurisdictions/341122100").statusCode()).isEqualTo(404);
    }

    @Test
    void importsACsvSavingGoodRowsAndReportingEveryBadOne() throws Exception {
        String csv = "code,name,level,parent\r\n"
                + "341122100201,邵郢村,village,341122100\r\n"
                + "341122,来安县,county,\r\n"
                + "341122100,\"新安镇, 来安县\",township,341122\r\n"
                + "341122101,半塔镇,township,\r\n"
                + "341122101201,罗庄村,village,341122101\r\n"
                + "X!,x,grid,341122100201\r\n";

        HttpResponse<Buffer> response = importBody("text/csv; charset=utf-8", Buffer.buffer(csv));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("accepted", 3).put("created", 3)
                .put("updated", 0).put("rejected", new JsonArray()
                        .add(rejected(5, "parent", "is required for a township"))
                        .add(rejected(6, "parent", "jurisdiction \"341122101\" does not exist (its own row was rejected)"))
                        .add(rejected(7, "code", "must be 1 to 32 letters, digits, '_' or '-', starting with a letter"
                                + " or digit, got \"X!\""))));
        assertThat(api.get("/api/v1/jurisdictions/341122100").bodyAsJsonObject().getString("name"))
                .isEqualTo("新安镇, 来安县");
    }

    private static JsonObject rejected(int row, String field, String message) {
        return new JsonObject().put("row", row).put("field", field).put("message", message);
    }

    @Test
    void importsAJsonArrayAndUpdatesWhatExists() throws Exception {
        importBody("text/csv", Buffer.buffer("code,name,level\n341122,来安县,county\n"));

        HttpResponse<Buffer> response = importBody("application/json", Buffer.buffer(
                "[{\"code\":\"341122\",\"name\":\"来安县（滁州）\",\"level\":\"county\"},"
                        + "{\"code\":\"341122100\",\"name\":\"新安镇\",\"level\":\"township\",\"parent\":\"341122\"}]"));

        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("accepted", 2).put("created", 1)
                .put("updated", 1).put("rejected", new JsonArray()));
        assertThat(api.get("/api/v1/jurisdictions/341122").bodyAsJsonObject().getString("name"))
                .isEqualTo("来安县（滁州）");
    }

    @Test
    void refusesACsvThatIsNotUtf8() throws Exception {
        Buffer gbk = Buffer.buffer("code,name,level\n341122,来安县,county\n".getBytes(Charset.forName("GBK")));

        HttpResponse<Buffer> response = importBody("text/csv", gbk);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.bodyAsJsonObject().getString("detail"))
                .isEqualTo("the CSV is not UTF-8 text; save it as \"CSV UTF-8\"");
        assertThat(api.jurisdictions.list()).isEmpty();
    }

    @Test
    void keySitesAndChannelAssignments() throws Exception {
        importBody("text/csv", Buffer.buffer("code,name,level,parent\n341122,来安县,county,\n"
                + "341122100,新安镇,township,341122\n341122100201,邵郢村,village,341122100\n"
                + "341122100201-g1,一网格,grid,341122100201\n"));

        HttpResponse<Buffer> site = api.sendJson(HttpMethod.POST, "/api/v1/sites", "{\"code\":\"school-a\","
                + "\"name\":\"邵郢小学\",\"level\":1,\"jurisdiction\":\"341122100201\",\"channels\":[\"cam-2\",\"cam-1\"]}");
        HttpResponse<Buffer> toGrid = api.sendJson(HttpMethod.PUT, "/api/v1/channels/cam-1/assignment",
                "{\"grid\":\"341122100201-g1\"}");
        JsonObject siteAfter = api.get("/api/v1/sites/school-a").bodyAsJsonObject();

        assertThat(site.statusCode()).isEqualTo(201);
        assertThat(site.bodyAsJsonObject()).isEqualTo(new JsonObject().put("code", "school-a").put("name", "邵郢小学")
                .put("level", 1).put("jurisdiction", "341122100201").put("channels", new JsonArray().add("cam-1")
                        .add("cam-2")));
        assertThat(toGrid.bodyAsJsonObject()).isEqualTo(new JsonObject().put("channelId", "cam-1").putNull("site")
                .put("grid", "341122100201-g1"));
        assertThat(siteAfter.getJsonArray("channels")).containsExactly("cam-2");
        assertThat(api.get("/api/v1/channels/cam-2/assignment").bodyAsJsonObject().getString("site"))
                .isEqualTo("school-a");

        assertThat(delete("/api/v1/channels/cam-1/assignment").statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/channels/cam-1/assignment").bodyAsJsonObject().getString("detail"))
                .isEqualTo("channel \"cam-1\" belongs to no site or grid");
        assertThat(delete("/api/v1/sites/school-a").statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/sites").bodyAsJsonObject().getJsonArray("sites")).isEmpty();
        assertThat(api.get("/api/v1/channels/cam-2/assignment").statusCode()).isEqualTo(404);
    }

    @Test
    void anImportLargerThanItsLimitIsRefusedWithThatLimit() throws Exception {
        HttpResponse<Buffer> response = importBody("text/csv",
                Buffer.buffer("code,name,level\n" + "x".repeat(WorkflowRoutes.IMPORT_BODY_LIMIT)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.bodyAsJsonObject().getString("detail"))
                .isEqualTo("request body must be at most 1048576 bytes");
    }
}
