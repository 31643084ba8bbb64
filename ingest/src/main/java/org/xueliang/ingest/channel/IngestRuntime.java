package org.xueliang.ingest.channel;

import java.time.Clock;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.xueliang.ingest.source.VideoSourceFactory;

/**
 * What channels share and tests replace: how sources are made, the time, randomness and waiting.
 *
 * @param sources creates a source for each session
 * @param clock   stamps each frame's capture time
 * @param random  jitters reconnect delays; must be safe to use from several channel threads
 * @param sleeper waits between reconnect attempts
 */
public record IngestRuntime(VideoSourceFactory sources, Clock clock, RandomGenerator random, Sleeper sleeper) {

    public IngestRuntime {
        if (sources == null || clock == null || random == null || sleeper == null) {
            throw new IllegalArgumentException("ingest runtime needs sources, clock, random and sleeper");
        }
    }

    /**
     * JavaCV sources, the given clock, a thread-safe random generator and real sleeping. Loads the
     * FFmpeg native libraries.
     */
    public static IngestRuntime system(Clock clock) {
        return new IngestRuntime(new JavaCvSourceFactory(), clock, new Random(), Sleeper.system());
    }
}
