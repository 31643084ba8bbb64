package org.xueliang.ingest.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.xueliang.ingest.DecodeMode;

/**
 * Puts a channel whose scene has been still for a while on keyframe-only decoding, and back on
 * full decoding as soon as analysis sees motion again.
 *
 * <p>A channel starts on keyframes: after a restart of the server every camera would otherwise be
 * decoded in full at once, far more than the machine can do, and the channels would never get to
 * the stillness that lets them go idle. (The motion background then learns from keyframes.)
 * Analysis reports every frame it looked at: whether something moved or a track is live. The first
 * active frame, which in keyframe mode is a keyframe, switches the channel to every picture; after
 * {@code hold} of stillness (by capture time) it decodes keyframes alone again. The hold keeps a
 * channel with short pauses in its motion (a person stopping at a door) on full decoding.
 *
 * <p>Thread-safe; meant to be called by the one analysis pass of the channel at a time.
 */
public final class IdleDecoding {
    private final Consumer<DecodeMode> channel;
    private final Duration hold;
    private Instant lastActive;
    private DecodeMode asked = DecodeMode.KEYFRAMES;

    /**
     * @param channel switches the channel's decoding, such as {@link IngestChannel#setDecodeMode}
     * @param hold    how long the scene must stay still before keyframe-only decoding; positive
     */
    public IdleDecoding(Consumer<DecodeMode> channel, Duration hold) {
        this.channel = Objects.requireNonNull(channel, "channel");
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("the idle hold must be positive, got " + hold);
        }
        this.hold = hold;
        channel.accept(asked);
    }

    /**
     * One analysed frame.
     *
     * @param captureTime when it was taken
     * @param active      whether anything moved in it or a track is still live
     */
    public synchronized void analysed(Instant captureTime, boolean active) {
        if (active || lastActive != null && captureTime.isBefore(lastActive)) {
            // a clock going back starts the hold again
            lastActive = captureTime;
        }
        DecodeMode wanted = lastActive != null && Duration.between(lastActive, captureTime).compareTo(hold) < 0
                ? DecodeMode.ALL : DecodeMode.KEYFRAMES;
        if (wanted != asked) {
            asked = wanted;
            channel.accept(wanted);
        }
    }

    /** The mode last asked for. */
    public synchronized DecodeMode asked() {
        return asked;
    }
}
