package org.xueliang.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private ConfigCli cli(Map<String, String> env) {
        return new ConfigCli(env, tmp, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatingTheDemoConfigPrintsOkAndExitsZero() {
        Path repo = Path.of(System.getProperty("xl.repo.root"));
        ConfigCli cli = new ConfigCli(Map.of(), repo, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        ConfigCli.Outcome outcome = cli.run("--validate-config", repo.resolve("samples/demo.yml").toString());

        assertThat(outcome).isEqualTo(new ConfigCli.Exit(0));
        assertThat(out()).isEqualTo("config OK: 4 channels\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void validatingCountsChannels() {
        Path file = ConfigFiles.write(tmp, "api: {token: " + ConfigFiles.TOKEN + "}\n");

        int code = cli(Map.of()).validate(file);

        assertThat(code).isZero();
        assertThat(out()).isEqualTo("config OK: 0 channels\n");
    }

    @Test
    void anInvalidConfigPrintsEveryErrorAndExitsTwo() {
        Path file = ConfigFiles.write(tmp, "http: {port: 70000}\n");

        ConfigCli.Outcome outcome = cli(Map.of("XL_API_TOKEN", "short")).run("--validate-config", file.toString());

        assertThat(outcome).isEqualTo(new ConfigCli.Exit(2));
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("invalid configuration " + file + " (2 errors):\n"
                + "  http.port: must be between 1 and 65535, got 70000\n"
                + "  api.token (from XL_API_TOKEN): must be at least 16 characters, got 5\n");
    }

    @Test
    void configStartsWithTheLoadedConfig() {
        Path file = ConfigFiles.write(tmp, "api: {token: " + ConfigFiles.TOKEN + "}\nhttp: {port: 9000}\n");

        ConfigCli.Outcome outcome = cli(Map.of()).run("--config", file.toString());

        assertThat(outcome).isInstanceOfSatisfying(ConfigCli.Start.class,
                start -> assertThat(start.config().http().port()).isEqualTo(9000));
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }

    @Test
    void configWithAMissingFileExitsTwo() {
        Path file = tmp.resolve("absent.yml");

        ConfigCli.Outcome outcome = cli(Map.of()).run("--config", file.toString());

        assertThat(outcome).isEqualTo(new ConfigCli.Exit(2));
        assertThat(err()).isEqualTo("invalid configuration " + file + " (1 error):\n"
                + "  " + file + ": config file not found (looked for " + file + ")\n");
    }

    @Test
    void aWrongCommandLinePrintsTheUsageAndExitsTwo() {
        ConfigCli.Outcome outcome = cli(Map.of()).run("--confg", "x.yml");

        assertThat(outcome).isEqualTo(new ConfigCli.Exit(2));
        assertThat(err()).isEqualTo("unexpected arguments: --confg x.yml\n" + ConfigCli.USAGE + "\n");
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        assertThat(cli(Map.of()).run("--help")).isEqualTo(new ConfigCli.Exit(0));
        assertThat(out()).startsWith("usage: xueliang-server --config FILE\n");
    }
}
