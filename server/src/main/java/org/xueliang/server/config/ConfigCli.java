package org.xueliang.server.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The command line of the server as far as configuration goes, kept free of {@code System.exit}
 * and {@code System.out} so that it can be tested:
 * <ul>
 *   <li>{@code --config FILE}: load and validate, then start ({@link Start});</li>
 *   <li>{@code --validate-config FILE}: print {@code config OK: N channels} and exit 0;</li>
 *   <li>{@code --help}: print the usage and exit 0.</li>
 * </ul>
 * An invalid configuration or command line prints the problems to the error stream and exits 2.
 */
public final class ConfigCli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INVALID = 2;
    public static final String USAGE = """
            usage: xueliang-server --config FILE
                   xueliang-server --validate-config FILE
            Settings can be overridden by XL_* environment variables named after their keys,
            e.g. XL_API_TOKEN, XL_HTTP_PORT, XL_CHANNELS_0_SOURCE_URL.""";

    /** What the caller does next. */
    public sealed interface Outcome permits Start, Exit {
    }

    /** Start the server with this configuration. */
    public record Start(ServerConfig config) implements Outcome {
    }

    /** Exit the process with this code; everything to say has been printed. */
    public record Exit(int code) implements Outcome {
    }

    private final Map<String, String> env;
    private final Path baseDir;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param env     the process environment (tests pass their own)
     * @param baseDir folder that relative paths are resolved against, normally the working directory
     */
    public ConfigCli(Map<String, String> env, Path baseDir, PrintStream out, PrintStream err) {
        this.env = Map.copyOf(env);
        this.baseDir = baseDir;
        this.out = out;
        this.err = err;
    }

    /** Interprets the command line. */
    public Outcome run(String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            out.println(USAGE);
            return new Exit(EXIT_OK);
        }
        if (args.length != 2 || !(args[0].equals("--config") || args[0].equals("--validate-config"))) {
            err.println("unexpected arguments: " + String.join(" ", args));
            err.println(USAGE);
            return new Exit(EXIT_INVALID);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("--validate-config")) {
            return new Exit(validate(file));
        }
        try {
            return new Start(ConfigLoader.load(file, env, baseDir));
        } catch (ConfigException e) {
            printErrors(file, e);
            return new Exit(EXIT_INVALID);
        }
    }

    /** Validates {@code file}: 0 after printing {@code config OK: N channels}, 2 after printing the errors. */
    public int validate(Path file) {
        try {
            ServerConfig config = ConfigLoader.load(file, env, baseDir);
            int channels = config.channels().size();
            out.println("config OK: " + channels + (channels == 1 ? " channel" : " channels"));
            return EXIT_OK;
        } catch (ConfigException e) {
            printErrors(file, e);
            return EXIT_INVALID;
        }
    }

    private void printErrors(Path file, ConfigException e) {
        int count = e.errors().size();
        err.println("invalid configuration " + file + " (" + count + (count == 1 ? " error" : " errors") + "):");
        e.errors().forEach(error -> err.println("  " + error));
    }
}
