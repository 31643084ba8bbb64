package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(VertxExtension.class)
class AuthTest {
    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> get(String path, String authorization) throws Exception {
        var request = api.client.get(path);
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return ApiTestServer.await(request.send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/channels", "/api/v1/alerts", "/api/v1/alerts/x", "/api/v1/no-such-route"})
    void everyApiRouteNeedsAToken(String path) throws Exception {
        HttpResponse<Buffer> response = get(path, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer realm=\"xueliang\"");
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("bearer token required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer wrong", "Bearer test-token-4f1c9", "Bearer test-token-4f1c9ab", "Bearer ",
        "Basic dXNlcjpwYXNz", "test-token-4f1c9a"})
    void aWrongTokenIsRefused(String authorization) throws Exception {
        HttpResponse<Buffer> response = get("/api/v1/alerts", authorization);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"xueliang\", error=\"invalid_token\"");
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("bearer token not accepted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer test-token-4f1c9a", "bearer test-token-4f1c9a", "Bearer other-token"})
    void anyConfiguredTokenIsAccepted(String authorization) throws Exception {
        assertThat(get("/api/v1/alerts", authorization).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/alerts?token=test-token-4f1c9a", "/api/v1/channels?token=test-token-4f1c9a"})
    void theQueryTokenOnlyCountsOnTheStream(String path) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @CsvSource({"/healthz,200", "/metrics,200", "/,200", "/nothing,404"})
    void operationsRoutesAreOpen(String path, int status) throws Exception {
        assertThat(get(path, null).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATCH", "HEAD"})
    void anUnsupportedMethodIsNotAllowed(String method) throws Exception {
        HttpResponse<Buffer> response = ApiTestServer.await(
                api.authorized(HttpMethod.valueOf(method), "/api/v1/channels").send());
        assertThat(response.statusCode()).isEqualTo(405);
    }
}
