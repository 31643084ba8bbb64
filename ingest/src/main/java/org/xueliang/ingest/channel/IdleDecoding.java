package org.xueliang.ingest.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.xueliang.ingest.source.DecodeMode;

/**
 * Puts a channel whose scene has been still for a while on keyframe-only decoding, and back on
 * full decoding as soon as analysis sees motion again.
 *
 * <p>Analysis reports every frame it looked at: whether something moved or a track is live. After
 * {@code hold} of stillness (by capture time) the channel decodes keyframes alone; the first active
 * frame, which in keyframe mode is a keyframe, switches it back. The hold keeps a channel with
 * short pauses in its motion (a person stopping at a door) on full decoding.
 *
 * <p>Thread-safe; meant to be called by the one analysis pass of the channel at a time.
 */
public final class IdleDecoding {
    private final Consumer<DecodeMode> channel;
    private final Duration hold;
    private Instant lastActive;
    private DecodeMode asked = DecodeMode.ALL;

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
    }

    /**
     * One analysed frame.
     *
     * @param captureTime when it was taken
     * @param active      whether anything moved in it or a track is still live
     */
    public synchronized void analysed(Instant captureTime, boolean active) {
        if (active || lastActive == null || captureTime.isBefore(lastActive)) {
            // the first frame starts the hold; a clock going back starts it again
            lastActive = captureTime;
        }
        DecodeMode wanted = active || Duration.between(lastActive, captureTime).compareTo(hold) < 0
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
