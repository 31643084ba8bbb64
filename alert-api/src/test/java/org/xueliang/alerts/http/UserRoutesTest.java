package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(VertxExtension.class)
class UserRoutesTest {
    private static final String LI = "{\"name\":\"li\",\"role\":\"operator\",\"password\":\"operator-pass\"}";

    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> login(String body) throws Exception {
        return ApiTestServer.await(api.client.post("/api/v1/auth/login").putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body)));
    }

    @Test
    void anAdministratorManagesUsersAndNoPasswordIsShown() throws Exception {
        HttpResponse<Buffer> created = api.sendJson(HttpMethod.POST, "/api/v1/users", LI);
        HttpResponse<Buffer> again = api.sendJson(HttpMethod.POST, "/api/v1/users", LI);
        HttpResponse<Buffer> replaced = api.sendJson(HttpMethod.PUT, "/api/v1/users/li", "{\"role\":\"admin\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/users/li");
        assertThat(created.bodyAsJsonObject()).isEqualTo(new JsonObject().put("name", "li").put("role", "operator")
                .putNull("jurisdiction").put("createdAt", ApiTestServer.NOW.toString())
                .put("updatedAt", ApiTestServer.NOW.toString()));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.bodyAsJsonObject().getString("detail")).isEqualTo("user \"li\" already exists");
        assertThat(replaced.bodyAsJsonObject().getString("role")).isEqualTo("admin");
        assertThat(api.get("/api/v1/users").bodyAsString()).doesNotContain("pass").contains("\"name\":\"li\"");
        assertThat(api.get("/api/v1/users/li").bodyAsJsonObject().getString("role")).isEqualTo("admin");

        assertThat(ApiTestServer.await(api.authorized(HttpMethod.DELETE, "/api/v1/users/li").send()).statusCode())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/users/li").bodyAsJsonObject().getString("detail"))
                .isEqualTo("user \"li\" does not exist");
    }

    @Test
    void aTokenIsShownOnceWorksForItsRoleAndStopsWhenRevoked() throws Exception {
        api.sendJson(HttpMethod.POST, "/api/v1/users", LI);

        JsonObject issued = api.sendJson(HttpMethod.POST, "/api/v1/users/li/tokens", "{\"label\":\"wall-3\"}")
                .bodyAsJsonObject();
        String token = issued.getString("token");
        JsonObject listed = api.get("/api/v1/users/li/tokens").bodyAsJsonObject().getJsonArray("tokens")
                .getJsonObject(0);

        assertThat(token).startsWith("xl_");
        JsonObject withoutSecret = issued.copy();
        withoutSecret.remove("token");
        assertThat(listed).isEqualTo(withoutSecret);
        assertThat(listed.getString("label")).isEqualTo("wall-3");
        assertThat(ApiTestServer.await(api.as(token, HttpMethod.GET, "/api/v1/alerts").send()).statusCode())
                .isEqualTo(200);
        assertThat(ApiTestServer.await(api.as(token, HttpMethod.GET, "/api/v1/channels").send()).statusCode())
                .isEqualTo(200);
        assertThat(ApiTestServer.await(api.as(token, HttpMethod.GET, "/api/v1/users").send()).statusCode())
                .isEqualTo(403);

        HttpResponse<Buffer> revoked = ApiTestServer.await(api.authorized(HttpMethod.DELETE,
                "/api/v1/users/li/tokens/" + issued.getString("id")).send());
        HttpResponse<Buffer> after = ApiTestServer.await(api.as(token, HttpMethod.GET, "/api/v1/alerts").send());

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"xueliang\", error=\"invalid_token\"");
    }

    @Test
    void loginTradesNameAndPasswordForAToken() throws Exception {
        api.sendJson(HttpMethod.POST, "/api/v1/users", LI);

        HttpResponse<Buffer> response = login("{\"name\":\"li\",\"password\":\"operator-pass\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = response.bodyAsJsonObject();
        assertThat(body.getString("expiresAt")).isEqualTo("2024-05-01T20:00:02Z");
        assertThat(body.getJsonObject("user").getString("role")).isEqualTo("operator");
        JsonObject me = ApiTestServer.await(api.as(body.getString("token"), HttpMethod.GET, "/api/v1/auth/me").send())
                .bodyAsJsonObject();
        assertThat(me).isEqualTo(new JsonObject().put("name", "li").put("role", "operator").putNull("jurisdiction"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"name\":\"li\",\"password\":\"wrong-pass\"}|401|name or password not accepted",
        "{\"name\":\"nobody\",\"password\":\"operator-pass\"}|401|name or password not accepted",
        "{\"name\":\"li\"}|400|password: is required",
        "{\"user\":\"li\",\"password\":\"x\"}|400|user: unknown key, allowed: name, password; name: is required"})
    void aFailedLoginSaysNeitherWhichPartWasWrongNorThePassword(String body, int status, String detail)
            throws Exception {
        api.sendJson(HttpMethod.POST, "/api/v1/users", LI);

        HttpResponse<Buffer> response = login(body);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo(detail);
    }

    @Test
    void theConfiguredTokenIsTheBootstrapAdministrator() throws Exception {
        assertThat(api.get("/api/v1/auth/me").bodyAsJsonObject()).isEqualTo(new JsonObject()
                .put("name", "config-token").put("role", "admin").putNull("jurisdiction"));
        assertThat(ApiTestServer.await(api.as("xl_not-a-real-token", HttpMethod.GET, "/api/v1/alerts").send())
                .statusCode()).isEqualTo(401);
    }
}
