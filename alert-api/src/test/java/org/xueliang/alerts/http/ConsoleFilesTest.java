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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The console's files: open, typed, revalidated on every load, and nothing outside their folder. */
@ExtendWith(VertxExtension.class)
class ConsoleFilesTest {
    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> open(String path) throws Exception {
        return ApiTestServer.await(api.client.get(path).send());
    }

    @Test
    void theRootIsTheConsolePage() throws Exception {
        HttpResponse<Buffer> response = open("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.bodyAsString()).contains("<title>Xueliang command console</title>",
                "<script type=\"module\" src=\"/console/js/main.js\"></script>");
    }

    @ParameterizedTest
    @CsvSource({
        "/console/js/main.js, text/javascript",
        "/console/js/desk.js, text/javascript",
        "/console/console.css, text/css",
        "/console/index.html, text/html"})
    void filesComeWithTheirContentType(String path, String type) throws Exception {
        HttpResponse<Buffer> response = open(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWithIgnoringCase(type);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.body().length()).isPositive();
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        HttpResponse<Buffer> first = open("/console/js/main.js");
        String modified = first.getHeader("Last-Modified");

        HttpResponse<Buffer> again = ApiTestServer.await(api.client.request(HttpMethod.GET, "/console/js/main.js")
                .putHeader("If-Modified-Since", modified).send());

        assertThat(modified).isNotBlank();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/../ApiRouter.class", "/console/%2e%2e/ApiRouter.class",
        "/console/..%2fApiRouter.class", "/console/js/../../OpsHandlers.class", "/console/js/", "/console/nothing.js"})
    void nothingOutsideTheConsoleFolderNorAListing(String path) throws Exception {
        HttpResponse<Buffer> response = open(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    }
}
