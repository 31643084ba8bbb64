package org.xueliang.server.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * Loads the server configuration: built-in defaults, then the YAML file, then environment
 * overrides ({@code XL_HTTP_PORT}, see {@link EnvOverrides}), then validation. Every problem is
 * collected and thrown at once in a {@link ConfigException}; problems with a value that came from
 * the environment name the variable ({@code http.port (from XL_HTTP_PORT): ...}).
 *
 * <p>Relative paths in the file (the data folder, video files) are resolved against a base folder,
 * by default the working directory, which is where operators run the server and write paths from.
 */
public final class ConfigLoader {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            // a key written twice is a mistake: Jackson would otherwise keep the last one silently
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigLoader() {
    }

    /** Loads {@code file} with relative paths resolved against the working directory. */
    public static ServerConfig load(Path file, Map<String, String> env) throws ConfigException {
        return load(file, env, Path.of("").toAbsolutePath());
    }

    /**
     * Loads {@code file}.
     *
     * @param env     environment variables; only those starting with {@code XL_} are used
     * @param baseDir folder that relative paths in the configuration are resolved against
     * @throws ConfigException listing every problem found
     */
    public static ServerConfig load(Path file, Map<String, String> env, Path baseDir) throws ConfigException {
        JsonNode root = parse(file);
        List<FieldError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new ConfigException(List.of(new FieldError(file.toString(),
                    "the top level must be keys and values (http:, api:, channels: ...), got "
                            + FieldReader.show(root))));
        }
        EnvOverrides.Result overrides = EnvOverrides.apply((ObjectNode) root, env);
        ServerConfig config = new ServerConfigReader(baseDir).read(root, errors);
        List<FieldError> all = new ArrayList<>(errors.stream().map(e -> nameVariable(e, overrides)).toList());
        all.addAll(overrides.errors());
        if (!all.isEmpty()) {
            throw new ConfigException(all);
        }
        return config;
    }

    /** The file's tree; an empty file is an empty object, so that the defaults apply. */
    private static JsonNode parse(Path file) throws ConfigException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode root = YAML.readTree(reader);
            return root == null || root.isMissingNode() || root.isNull() ? YAML.createObjectNode() : root;
        } catch (NoSuchFileException e) {
            throw fileError(file, "config file not found (looked for " + file.toAbsolutePath() + ")");
        } catch (JsonProcessingException e) {
            throw fileError(file, syntaxMessage(e));
        } catch (CharacterCodingException e) {
            throw fileError(file, "is not UTF-8 text");
        } catch (IOException e) {
            throw fileError(file, "cannot be read: " + e);
        }
    }

    /** {@code YAML syntax error at line 3, column 7: mapping values are not allowed here}. */
    private static String syntaxMessage(JsonProcessingException e) {
        String problem = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        JsonLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "YAML syntax error: " + problem;
        }
        return "YAML syntax error at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + problem;
    }

    private static ConfigException fileError(Path file, String message) {
        return new ConfigException(List.of(new FieldError(file.toString(), message)));
    }

    private static FieldError nameVariable(FieldError error, EnvOverrides.Result env) {
        String variable = env.variableOfPath().get(error.path());
        return variable == null ? error : new FieldError(error.path() + " (from " + variable + ")", error.message());
    }
}
