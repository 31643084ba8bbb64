package org.xueliang.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Writes test configurations into a folder that also holds a stand-in video file. */
final class ConfigFiles {
    static final String TOKEN = "test-token-0123456789";
    static final String CLIP = "clip.avi";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private ConfigFiles() {
    }

    /** A fresh folder under {@code parent} with {@value #CLIP} in it. */
    static Path baseDir(Path parent) {
        try {
            Path dir = Files.createDirectories(parent.resolve("base"));
            if (!Files.exists(dir.resolve(CLIP))) {
                Files.writeString(dir.resolve(CLIP), "stand-in, only has to exist");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code yaml} to a new file in {@code dir}. */
    static Path write(Path dir, String yaml) {
        try {
            return Files.writeString(dir.resolve("config-" + COUNTER.incrementAndGet() + ".yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
