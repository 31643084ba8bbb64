package org.xueliang.ingest.file;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.ffmpeg.InputReader;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/**
 * A video file played like a camera: paced at its own frame rate and, when asked, looped.
 *
 * <p>Timestamps run on one time line across loops (each pass continues after the last frame of the
 * previous one), so pacing and sampling see a continuous stream. A file that ends clearly before its
 * declared duration is reported as ending early, which is how truncated files show up.
 */
public final class FileVideoSource implements VideoSource {
    private static final long NONE = Long.MIN_VALUE;
    /** Waits longer than this mean a timestamp jump, not a frame interval: restart pacing instead. */
    private static final long MAX_PACING_WAIT_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** Passes shorter than this share of the declared duration count as ending early. */
    private static final double EARLY_END_SHARE = 0.9;

    private final FileSourceConfig config;
    private final int analysisWidth;
    private final String description;
    private volatile InputReader reader;
    private volatile DecodeMode decodeMode = DecodeMode.ALL;
    private StreamInfo info;
    private long frameIntervalMicros;
    private long passOffsetMicros;
    private long passFirstTimestamp = NONE;
    private long passFrames;
    private long lastTimestamp = NONE;
    private long pacingStartNanos = NONE;
    private long pacingStartTimestamp;

    /**
     * @param config        the file and whether to loop it
     * @param analysisWidth width of converted pictures
     */
    public FileVideoSource(FileSourceConfig config, int analysisWidth) {
        this.config = config;
        this.analysisWidth = analysisWidth;
        this.description = "file " + config.path();
    }

    @Override
    public StreamInfo open() throws SourceException {
        if (!Files.isRegularFile(config.path()) || !Files.isReadable(config.path())) {
            throw SourceException.failed("could not open: no readable file (" + description + ")");
        }
        reader = newReader();
        info = reader.open(analysisWidth);
        frameIntervalMicros = info.frameRate() > 0 ? Math.round(1_000_000 / info.frameRate()) : 40_000;
        return info;
    }

    @Override
    public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
        if (reader == null) {
            throw new IllegalStateException("read before open of " + description);
        }
        DecodedPicture picture = reader.read(convert);
        if (picture == null) {
            picture = startNextPass(convert);
        }
        long timestamp = onTimeLine(picture.timestampMicros());
        return new DecodedPicture(timestamp, picture.width(), picture.height(), picture.bgr());
    }

    @Override
    public boolean setDecodeMode(DecodeMode mode) {
        decodeMode = mode;
        InputReader current = reader;
        if (current != null) {
            current.setDecodeMode(mode);
        }
        return true;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private DecodedPicture startNextPass(boolean convert) throws SourceException, InterruptedException {
        if (passFrames == 0) {
            throw SourceException.failed("could not decode: no picture in the " + info.codec() + " stream"
                    + detail(reader.lastNativeMessage()) + " (" + description + ")");
        }
        if (!config.loop()) {
            throw SourceException.ended(endReason());
        }
        reader.close();
        reader = newReader();
        reader.open(analysisWidth);
        // the new pass's packets are paced from now on, right after the last one of the previous pass
        pacingStartNanos = NONE;
        passOffsetMicros = lastTimestamp + frameIntervalMicros;
        passFirstTimestamp = NONE;
        passFrames = 0;
        DecodedPicture first = reader.read(convert);
        if (first == null) {
            throw SourceException.failed("could not decode: no picture after restarting the loop ("
                    + description + ")");
        }
        return first;
    }

    private long onTimeLine(long rawTimestamp) {
        if (passFirstTimestamp == NONE) {
            passFirstTimestamp = rawTimestamp;
        }
        long timestamp = rawTimestamp - passFirstTimestamp + passOffsetMicros;
        if (lastTimestamp != NONE && timestamp > lastTimestamp) {
            frameIntervalMicros = timestamp - lastTimestamp;
        }
        lastTimestamp = timestamp;
        passFrames++;
        return timestamp;
    }

    /**
     * Waits until a packet is due by its decoding time, so that the file is read like a camera
     * sends it: packet by packet in real time, never ahead (a switch from keyframes alone back to
     * every picture then finds the packets since the last keyframe, as with a live stream).
     */
    private void pace(long timestamp) throws InterruptedException {
        long now = System.nanoTime();
        long wait = pacingStartNanos == NONE ? 0
                : pacingStartNanos + (timestamp - pacingStartTimestamp) * 1000 - now;
        if (pacingStartNanos == NONE || wait > MAX_PACING_WAIT_NANOS || wait < -MAX_PACING_WAIT_NANOS) {
            // first frame, a jump in the file's timestamps, or decoding far behind: no burst, no long nap
            pacingStartNanos = now;
            pacingStartTimestamp = timestamp;
        } else if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private String endReason() {
        long declared = reader.durationMicros();
        long played = lastTimestamp - passOffsetMicros + frameIntervalMicros;
        if (declared > 0 && played < declared * EARLY_END_SHARE) {
            return String.format(Locale.ROOT, "file ended early at %.1f s of %.1f s%s (%s)",
                    played / 1e6, declared / 1e6, detail(reader.lastNativeMessage()), description);
        }
        return "end of file (" + description + ")";
    }

    private InputReader newReader() {
        InputReader next = new InputReader(config.path().toString(), Map.of(), -1, description);
        next.setDecodeMode(decodeMode);
        next.setPacketClock(this::pace);
        return next;
    }

    private static String detail(String nativeMessage) {
        return nativeMessage == null ? "" : ": " + nativeMessage;
    }
}
