package org.xueliang.server;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.server.config.ConfigCli;
import org.xueliang.server.config.ServerConfig;

/** {@code java -jar xueliang-server.jar --config FILE} or {@code --validate-config FILE}. */
public final class Main {
    private static final String JAVACPP_CACHE = "org.bytedeco.javacpp.cachedir";

    private Main() {
    }

    public static void main(String[] args) {
        ConfigCli.Outcome outcome = new ConfigCli(System.getenv(), Path.of(""), System.out, System.err).run(args);
        if (outcome instanceof ConfigCli.Exit exit) {
            System.exit(exit.code());
            return;
        }
        ServerConfig config = ((ConfigCli.Start) outcome).config();
        // Native libraries unpack into the data folder, not the home directory; before any is loaded.
        if (System.getProperty(JAVACPP_CACHE) == null) {
            System.setProperty(JAVACPP_CACHE, config.dataDir().resolve("javacpp-cache").toAbsolutePath().toString());
        }
        Logger log = LoggerFactory.getLogger(Main.class);
        try {
            Application app = Application.start(config, Clock.systemUTC(), Path.of(""));
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
        } catch (RuntimeException e) {
            log.error("the server could not start: {}", e.getMessage(), e);
            System.exit(1);
        }
    }
}
