package org.xueliang.server.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.xueliang.server.Application;
import org.xueliang.server.config.ConfigException;
import org.xueliang.server.config.ConfigLoader;
import org.xueliang.server.config.ServerConfig;

/**
 * The server started inside the test JVM the way {@code Main} starts it: a YAML file loaded by
 * {@link ConfigLoader}, then {@link Application#start}. No channels at boot; tests add them through
 * the API. RTSP timeouts are 2 s and reconnects short, so that failures and recoveries show within seconds.
 */
final class InProcessServer implements AutoCloseable {
    static final String TOKEN = "it-token-0123456789abcdef";

    /** Reconnects after 200 ms, then up to 1 s: recoveries show at once. */
    static final String QUICK_RECONNECT = "{initialDelay: 200ms, maxDelay: 1s, jitter: 0.1}";

    private final Application application;
    private final ApiClient api;

    private InProcessServer(Application application) {
        this.application = application;
        this.api = new ApiClient(application.httpPort(), TOKEN);
    }

    /**
     * Writes the configuration into {@code workDir}, whose {@code data} folder holds the H2 database.
     *
     * @param reconnect the {@code ingest.reconnect} section, as a YAML flow mapping
     */
    static InProcessServer start(Path workDir, String reconnect) throws IOException, ConfigException {
        return start(workDir, reconnect, "");
    }

    /**
     * As {@link #start(Path, String)}, with more top-level sections (the {@code sip} section) appended.
     *
     * @param moreYaml YAML appended to the configuration file
     */
    static InProcessServer start(Path workDir, String reconnect, String moreYaml) throws IOException, ConfigException {
        String yaml = """
                http:
                  port: %d
                  bindAddress: 127.0.0.1
                api:
                  token: %s
                dataDir: "%s"
                ingest:
                  reconnect: %s
                  rtsp: {transport: tcp, connectTimeout: 2s, readTimeout: 2s}
                # the tests count separate alerts: repeats are not merged into one open alert
                workflow:
                  mergeWindow: 0s
                """.formatted(TestPaths.freePort(), TOKEN, workDir.resolve("data"), reconnect) + moreYaml;
        Path file = Files.writeString(workDir.resolve("server.yml"), yaml);
        // an empty environment: XL_ variables of the build must not leak into the configuration
        ServerConfig config = ConfigLoader.load(file, Map.of(), TestPaths.repoRoot());
        return new InProcessServer(Application.start(config, Clock.systemUTC(), TestPaths.repoRoot()));
    }

    ApiClient api() {
        return api;
    }

    @Override
    public void close() {
        application.close();
    }
}
