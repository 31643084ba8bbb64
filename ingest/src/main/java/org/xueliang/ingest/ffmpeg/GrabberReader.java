package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;

import java.nio.ByteBuffer;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.sampling.AnalysisSize;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * Reads one FFmpeg input through JavaCV's {@link FFmpegFrameGrabber}: opens it, decodes its video
 * with one thread, and lets swscale convert only the pictures asked for, straight to BGR24 at the
 * analysis size.
 *
 * <p>Not thread-safe: open, read and close from one thread.
 */
public final class GrabberReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GrabberReader.class);

    private final FFmpegFrameGrabber grabber;
    private final String description;
    private AnalysisSize analysisSize;
    private boolean closed;

    /**
     * @param input          file path or URL handed to FFmpeg
     * @param formatOptions  demuxer and protocol options (for example {@code rtsp_transport})
     * @param maxDelayMicros demuxer reordering delay, or -1 for FFmpeg's default
     * @param description    password-free name of the input for reasons
     */
    public GrabberReader(String input, Map<String, String> formatOptions, int maxDelayMicros, String description) {
        FfmpegRuntime.load();
        this.description = description;
        this.grabber = new FFmpegFrameGrabber(input);
        formatOptions.forEach(grabber::setOption);
        // one decoder thread per channel: channels, not frames, are the unit of parallelism
        grabber.setVideoOption("threads", "1");
        if (maxDelayMicros >= 0) {
            grabber.setMaxDelay(maxDelayMicros);
        }
    }

    /**
     * Opens the input and sets the conversion size.
     *
     * @param analysisWidth width of converted pictures
     * @throws SourceException "could not open: ..." or "no video stream ..."
     */
    public StreamInfo open(int analysisWidth) throws SourceException {
        FfmpegRuntime.clearLastMessage();
        try {
            // startUnsafe: start() serialises every open in the process on one global lock, so one
            // dead camera would delay all others; avcodec_open2 has been thread-safe since FFmpeg 4
            grabber.startUnsafe();
        } catch (FrameGrabber.Exception e) {
            // JavaCV's message holds the raw URL with any password: keep only the described error
            throw SourceException.failed("could not open: " + FfmpegErrors.describe(e) + " (" + description + ")");
        }
        int inputWidth = grabber.getImageWidth();
        int inputHeight = grabber.getImageHeight();
        if (!grabber.hasVideo() || inputWidth <= 0 || inputHeight <= 0) {
            throw SourceException.failed("no video stream with a known picture size in " + description);
        }
        analysisSize = AnalysisSize.forInput(inputWidth, inputHeight, grabber.getAspectRatio(), analysisWidth);
        // set after start(): before it, JavaCV would pass them to the demuxer as raw-video options
        grabber.setImageWidth(analysisSize.width());
        grabber.setImageHeight(analysisSize.height());
        grabber.setPixelFormat(AV_PIX_FMT_BGR24);
        return new StreamInfo(codecName(), inputWidth, inputHeight, frameRate());
    }

    /**
     * Decodes the next video picture.
     *
     * @param convert whether swscale converts it to BGR at the analysis size
     * @return the picture, or {@code null} at the end of the input (or when FFmpeg stopped reading it:
     *         JavaCV reports read errors as the end); {@link #lastNativeMessage()} may say why
     * @throws SourceException when JavaCV fails
     */
    public DecodedPicture read(boolean convert) throws SourceException {
        if (analysisSize == null) {
            throw new IllegalStateException("read before open of " + description);
        }
        Frame frame;
        try {
            frame = grabber.grabFrame(false, true, convert, false, false);
        } catch (FrameGrabber.Exception e) {
            throw SourceException.failed("could not decode: " + FfmpegErrors.describe(e) + " (" + description + ")");
        }
        if (frame == null || frame.image == null) {
            return null;
        }
        if (!convert) {
            return DecodedPicture.skipped(frame.timestamp);
        }
        return DecodedPicture.converted(frame.timestamp, analysisSize.width(), analysisSize.height(), copyBgr(frame));
    }

    /** The size converted pictures have, known after {@link #open(int)}. */
    public AnalysisSize analysisSize() {
        return analysisSize;
    }

    /** Declared duration of the input in microseconds, 0 when unknown (live streams). */
    public long durationMicros() {
        return Math.max(0, grabber.getLengthInTime());
    }

    /** The last FFmpeg error or warning logged on this thread since open, without context, or null. */
    public String lastNativeMessage() {
        return FfmpegRuntime.lastMessage();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // releaseUnsafe: release() takes the same process-wide lock as start()
            grabber.releaseUnsafe();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            LOG.warn("could not release FFmpeg resources of {}: {}", description, FfmpegRuntime.maskPasswords(e.toString()));
        }
    }

    private byte[] copyBgr(Frame frame) throws SourceException {
        int width = analysisSize.width();
        int height = analysisSize.height();
        int rowBytes = width * 3;
        if (frame.imageWidth != width || frame.imageHeight != height || frame.imageStride < rowBytes) {
            throw SourceException.failed("could not decode: converter gave " + frame.imageWidth + "x"
                    + frame.imageHeight + " (stride " + frame.imageStride + "), expected " + width + "x" + height
                    + " BGR24 (" + description + ")");
        }
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        byte[] bgr = new byte[rowBytes * height];
        // swscale pads rows for alignment: copy row by row when the stride is wider than a row
        if (frame.imageStride == rowBytes) {
            pixels.get(0, bgr, 0, bgr.length);
        } else {
            for (int row = 0; row < height; row++) {
                pixels.get(row * frame.imageStride, bgr, row * rowBytes, rowBytes);
            }
        }
        return bgr;
    }

    private String codecName() {
        String name = grabber.getVideoCodecName();
        return name == null || name.isBlank() ? "codec " + grabber.getVideoCodec() : name;
    }

    private double frameRate() {
        double rate = grabber.getVideoFrameRate();
        return rate > 0 && Double.isFinite(rate) ? rate : 0;
    }
}
