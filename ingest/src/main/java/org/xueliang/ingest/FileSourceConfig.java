package org.xueliang.ingest;

import java.nio.file.Path;

/**
 * A video file played at its native frame rate, for demos and tests.
 *
 * @param path the file
 * @param loop start again from the beginning at the end of the file
 */
public record FileSourceConfig(Path path, boolean loop) implements SourceConfig {
    @Override
    public String describe() {
        return "file " + path + (loop ? " (looped)" : "");
    }
}
