package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_HEVC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.VideoCodec;
import org.xueliang.ingest.sampling.AnalysisSize;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * Decodes H.264 or H.265 access units with FFmpeg's avcodec on one thread, and converts only the
 * pictures asked for to BGR24 at the analysis size ({@link BgrScaler}).
 *
 * <p>After a decoding error, or when told that data was lost, units are skipped until the next
 * keyframe: a picture predicted from damaged references would show smears that motion detection
 * takes for movement. Native packets, frames and contexts are freed by {@link #close()}.
 *
 * <p>Use: {@code send(unit)}, then {@code while (hasPicture()) takePicture(convert)}. Not
 * thread-safe.
 */
public final class AccessUnitDecoder implements AutoCloseable {
    /** FFmpeg's AV_FRAME_FLAG_CORRUPT, which the presets do not map. */
    private static final int FRAME_FLAG_CORRUPT = 1;
    private static final int PTS_CLOCK = 90_000;
    private static final long PTS_WRAP = 1L << 33;
    private static final long DEFAULT_FRAME_MICROS = 40_000;
    /** Frame rates above this in the stream's timing info are bogus, so unknown. */
    private static final double MAX_FRAME_RATE = 240;

    private final VideoCodec codec;
    private final int analysisWidth;
    private final String description;
    private final AVCodecContext context;
    private final AVPacket packet;
    private final AVFrame frame;
    private BgrScaler scaler;
    private AnalysisSize analysisSize;
    private int width;
    private int height;
    private boolean held;
    private boolean awaitingKeyframe = true;
    private boolean closed;
    private long lastPts = AV_NOPTS_VALUE;
    private long ptsWraps;
    private long lastMicros;
    private long decodeErrors;
    private long skippedUnits;
    private long pictures;

    /**
     * @param codec         the units' codec
     * @param analysisWidth width of converted pictures; the height follows the pictures' aspect
     * @param description   names the stream in reasons
     * @throws SourceException when FFmpeg has no decoder for the codec or cannot open it
     */
    public AccessUnitDecoder(VideoCodec codec, int analysisWidth, String description) throws SourceException {
        FfmpegRuntime.load();
        this.codec = codec;
        this.analysisWidth = analysisWidth;
        this.description = description;
        AVCodec decoder = avcodec_find_decoder(codec == VideoCodec.H264 ? AV_CODEC_ID_H264 : AV_CODEC_ID_HEVC);
        if (decoder == null) {
            throw SourceException.failed("this FFmpeg build has no " + codec + " decoder (" + description + ")");
        }
        context = avcodec_alloc_context3(decoder);
        // one decoder thread per channel: channels, not frames, are the unit of parallelism
        context.thread_count(1);
        context.pkt_timebase(av_make_q(1, PTS_CLOCK));
        int result = avcodec_open2(context, decoder, (AVDictionary) null);
        if (result < 0) {
            avcodec_free_context(context);
            throw SourceException.failed("could not open the " + codec + " decoder: " + FfmpegErrors.errorText(result)
                    + " (" + description + ")");
        }
        packet = av_packet_alloc();
        frame = av_frame_alloc();
    }

    /** The codec this decoder was opened for. */
    public VideoCodec codec() {
        return codec;
    }

    /** Data was lost before the next unit: skip units until a keyframe. */
    public void awaitKeyframe() {
        awaitingKeyframe = true;
    }

    /**
     * Hands one unit to the decoder. Call only when {@link #hasPicture()} is false.
     *
     * @return whether the decoder took it; false when skipped while awaiting a keyframe or refused
     */
    public boolean send(AccessUnit unit) throws SourceException {
        if (held) {
            throw new IllegalStateException("send while a picture is held (" + description + ")");
        }
        if (awaitingKeyframe && !unit.keyframe()) {
            skippedUnits++;
            return false;
        }
        byte[] data = unit.annexB();
        if (av_new_packet(packet, data.length) < 0) {
            throw SourceException.failed("out of native memory for a " + data.length + "-byte packet ("
                    + description + ")");
        }
        packet.data().put(data, 0, data.length);
        packet.pts(unit.pts90k() == AccessUnit.NO_PTS ? AV_NOPTS_VALUE : unit.pts90k());
        packet.flags(unit.keyframe() ? AV_PKT_FLAG_KEY : 0);
        int result = avcodec_send_packet(context, packet);
        av_packet_unref(packet);
        if (result < 0) {
            decodeErrors++;
            awaitingKeyframe = true;
            return false;
        }
        awaitingKeyframe = false;
        return true;
    }

    /** No more units: the pictures the decoder holds back for reordering come out next. */
    public void drain() {
        avcodec_send_packet(context, null);
    }

    /**
     * Whether a decoded picture is ready, fetching one from the decoder when none is held. Corrupt
     * pictures are dropped and counted.
     *
     * @throws SourceException when the picture size changed mid-stream
     */
    public boolean hasPicture() throws SourceException {
        while (!held) {
            int result = avcodec_receive_frame(context, frame);
            if (result == AVERROR_EAGAIN() || result == AVERROR_EOF) {
                return false;
            }
            if (result < 0) {
                decodeErrors++;
                awaitingKeyframe = true;
                return false;
            }
            if ((frame.flags() & FRAME_FLAG_CORRUPT) != 0 || frame.decode_error_flags() != 0) {
                decodeErrors++;
                awaitingKeyframe = true;
                av_frame_unref(frame);
                continue;
            }
            checkSize();
            held = true;
        }
        return true;
    }

    /** Codec, size and frame rate of the stream, known once a picture was decoded. */
    public StreamInfo streamInfo() {
        if (analysisSize == null) {
            throw new IllegalStateException("no picture decoded yet (" + description + ")");
        }
        AVRational rate = context.framerate();
        double fps = rate.num() > 0 && rate.den() > 0 ? (double) rate.num() / rate.den() : 0;
        String name = codec == VideoCodec.H264 ? "h264" : "hevc";
        return new StreamInfo(name, width, height, fps > 0 && fps <= MAX_FRAME_RATE ? fps : 0);
    }

    /**
     * Takes the held picture.
     *
     * @param convert whether to convert it to BGR at the analysis size
     */
    public DecodedPicture takePicture(boolean convert) {
        if (!held) {
            throw new IllegalStateException("no picture held (" + description + ")");
        }
        try {
            long micros = timestampMicros();
            if (!convert) {
                return DecodedPicture.skipped(micros);
            }
            if (scaler == null) {
                scaler = new BgrScaler(analysisSize);
            }
            return DecodedPicture.converted(micros, analysisSize.width(), analysisSize.height(), scaler.convert(frame));
        } finally {
            av_frame_unref(frame);
            held = false;
            pictures++;
        }
    }

    /** Units the decoder refused and pictures it marked corrupt. */
    public long decodeErrors() {
        return decodeErrors;
    }

    /** Units skipped while awaiting a keyframe. */
    public long skippedUnits() {
        return skippedUnits;
    }

    /** Pictures taken. */
    public long pictures() {
        return pictures;
    }

    /** Frees the decoder, its packet, frame and converter. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (scaler != null) {
            scaler.close();
        }
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(context);
    }

    private void checkSize() throws SourceException {
        if (analysisSize == null) {
            width = frame.width();
            height = frame.height();
            AVRational sar = frame.sample_aspect_ratio();
            double aspect = sar.num() > 0 && sar.den() > 0 ? (double) sar.num() / sar.den() : 1;
            analysisSize = AnalysisSize.forInput(width, height, aspect, analysisWidth);
        } else if (frame.width() != width || frame.height() != height) {
            int newWidth = frame.width();
            int newHeight = frame.height();
            av_frame_unref(frame);
            throw SourceException.failed("picture size changed from " + width + "x" + height + " to " + newWidth + "x"
                    + newHeight + " (" + description + ")");
        }
    }

    /**
     * The picture's time in microseconds, continuous across the 33-bit PTS wrap (26.5 hours). A
     * picture whose unit had no PTS gets the previous time plus one frame interval: FFmpeg's
     * best-effort guess goes wrong around reordered pictures.
     */
    private long timestampMicros() {
        long pts = frame.pts();
        if (pts == AV_NOPTS_VALUE) {
            StreamInfo info = streamInfo();
            long step = info.frameRate() > 0 ? Math.round(1_000_000 / info.frameRate()) : DEFAULT_FRAME_MICROS;
            lastMicros += step;
            return lastMicros;
        }
        if (lastPts != AV_NOPTS_VALUE && pts - lastPts < -PTS_WRAP / 2) {
            ptsWraps++;
        }
        lastPts = pts;
        lastMicros = (pts + ptsWraps * PTS_WRAP) * 1_000_000 / PTS_CLOCK;
        return lastMicros;
    }
}
