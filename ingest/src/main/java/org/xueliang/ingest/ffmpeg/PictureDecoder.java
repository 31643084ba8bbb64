package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_clone;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

import java.util.ArrayDeque;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.xueliang.ingest.sampling.AnalysisSize;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;

/**
 * The decoding core shared by every input: packets in, pictures out, with keyframe-only decoding
 * and conversion of the pictures asked for to BGR24 at the analysis size ({@link BgrScaler}).
 *
 * <p><b>Every picture</b>: packets are decoded in order. After a decoding error, a corrupt picture or
 * {@link #awaitKeyframe()}, packets are skipped until the next keyframe: a picture predicted from
 * damaged references shows smears that motion detection takes for movement.
 *
 * <p><b>Keyframes alone</b>: other packets never reach the decoder. Each keyframe is decoded on its
 * own and drained at once, so its picture comes out without waiting for the reordering delay of a
 * stream with B-frames. The packets since the last keyframe are kept (bounded); switching back
 * decodes them first, starting again from that keyframe, whose picture is not handed out twice, so
 * full decoding goes on at once instead of at the next keyframe.
 *
 * <p>Use: {@code offer(packet)}, then {@code poll(convert)} until it returns null. Native packets,
 * frames, the context and the converter are freed by {@link #close()}. Not thread-safe.
 */
final class PictureDecoder implements AutoCloseable {
    /** FFmpeg's AV_FRAME_FLAG_CORRUPT, which the presets do not map. */
    private static final int FRAME_FLAG_CORRUPT = 1;
    private static final long DEFAULT_FRAME_MICROS = 40_000;
    /** Packets kept since the last keyframe, at most: a GOP of 10 s at 60 fps. */
    private static final int MAX_KEPT_PACKETS = 600;
    /** Bytes kept since the last keyframe, at most. */
    private static final long MAX_KEPT_BYTES = 16L << 20;

    private final AVCodecContext context;
    private final AVFrame frame;
    private final int timeBaseNum;
    private final int timeBaseDen;
    private final long ptsWrap;
    private final int analysisWidth;
    private final String description;
    private AnalysisSize analysisSize;
    private final ArrayDeque<AVPacket> pending = new ArrayDeque<>();
    private final ArrayDeque<AVPacket> kept = new ArrayDeque<>();
    private long keptBytes;
    private boolean keptOverflow = true;
    private BgrScaler scaler;
    private DecodeMode mode = DecodeMode.ALL;
    private boolean held;
    private boolean drained;
    private boolean ended;
    private boolean awaitingKeyframe = true;
    /** After resuming from kept packets: the kept keyframe's time; its picture was handed out already. */
    private long repeatedUpToPts = AV_NOPTS_VALUE;
    /** After resuming from a kept keyframe without a time: its picture, the first out, is skipped. */
    private boolean skipFirstResumed;
    /** Packets decoded or skipped since the last picture came out, to place pictures without a time. */
    private long packetsSincePicture;
    private long lastPts = AV_NOPTS_VALUE;
    private long ptsWraps;
    private long lastMicros;
    private long frameMicros;
    private int width;
    private int height;
    private long decodeErrors;
    private long skippedPackets;
    private long pictures;
    private boolean closed;

    /**
     * @param context      an opened decoder context, owned from now on
     * @param timeBase     unit of the packets' timestamps
     * @param ptsWrapBits  bits after which timestamps wrap (33 for MPEG), 0 when the input unwraps them
     * @param analysisWidth width of converted pictures; the height follows the pictures' aspect
     * @param frameRate    nominal frame rate for pictures without a timestamp, 0 when unknown
     * @param description  names the stream in reasons
     */
    PictureDecoder(AVCodecContext context, AVRational timeBase, int ptsWrapBits, int analysisWidth,
                   double frameRate, String description) {
        this.context = context;
        this.timeBaseNum = timeBase.num();
        this.timeBaseDen = timeBase.den();
        this.ptsWrap = ptsWrapBits > 0 ? 1L << ptsWrapBits : 0;
        this.analysisWidth = analysisWidth;
        this.frameMicros = frameRate > 0 ? Math.round(1_000_000 / frameRate) : DEFAULT_FRAME_MICROS;
        this.description = description;
        this.frame = av_frame_alloc();
    }

    /** Data was lost before the next packet: skip packets until a keyframe. */
    void awaitKeyframe() {
        awaitingKeyframe = true;
        clearKept();
        keptOverflow = true;
    }

    /**
     * Decodes every picture or keyframes alone from the next packet on.
     *
     * @see DecodeMode
     */
    void setMode(DecodeMode next) {
        if (next == mode) {
            return;
        }
        mode = next;
        if (next == DecodeMode.ALL) {
            resumeFromKept();
        } else {
            // pictures the decoder holds back for reordering are dropped with the first keyframe
            clearKept();
            keptOverflow = true;
        }
    }

    /** The mode in effect. */
    DecodeMode mode() {
        return mode;
    }

    /** Queues a copy of a packet for decoding; the caller keeps and unrefs its own. */
    void offer(AVPacket packet) throws SourceException {
        pending.add(copy(packet));
    }

    /** No more packets: the pictures the decoder holds back come out next. */
    void end() {
        ended = true;
    }

    /**
     * The next decoded picture, or null when more packets are needed (or none come after {@link #end()}).
     *
     * @param convert whether to convert it to BGR at the analysis size
     * @throws SourceException when the picture size changed mid-stream
     */
    DecodedPicture poll(boolean convert) throws SourceException {
        while (true) {
            if (receive()) {
                return take(convert);
            }
            AVPacket packet = pending.poll();
            if (packet == null) {
                if (ended && !drained) {
                    avcodec_send_packet(context, null);
                    drained = true;
                    continue;
                }
                return null;
            }
            boolean retained = false;
            try {
                retained = decode(packet);
            } finally {
                if (!retained) {
                    av_packet_free(packet);
                }
            }
        }
    }

    /** Width of the decoded pictures, 0 before the first. */
    int width() {
        return width;
    }

    /** Height of the decoded pictures, 0 before the first. */
    int height() {
        return height;
    }

    /** The frame rate the decoder read from the stream's timing information, 0 when it has none. */
    double streamFrameRate() {
        AVRational rate = context.framerate();
        return rate.num() > 0 && rate.den() > 0 ? (double) rate.num() / rate.den() : 0;
    }

    /** Packets the decoder refused and pictures it marked corrupt. */
    long decodeErrors() {
        return decodeErrors;
    }

    /** Packets not decoded: non-key packets in keyframe mode and those skipped while awaiting a keyframe. */
    long skippedPackets() {
        return skippedPackets;
    }

    /** Pictures handed out. */
    long pictures() {
        return pictures;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending.forEach(p -> av_packet_free(p));
        pending.clear();
        clearKept();
        if (scaler != null) {
            scaler.close();
        }
        av_frame_free(frame);
        avcodec_free_context(context);
    }

    /** Decodes or keeps one packet; returns whether it was kept (and so must not be freed). */
    private boolean decode(AVPacket packet) {
        boolean key = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
        packetsSincePicture++;
        if (mode == DecodeMode.KEYFRAMES) {
            if (!key) {
                skippedPackets++;
                return keep(packet);
            }
            clearKept();
            keptOverflow = false;
            restart();
            send(packet);
            // drain at once: a stream with B-frames would otherwise hold the picture back
            avcodec_send_packet(context, null);
            drained = true;
            return keep(packet);
        }
        if (awaitingKeyframe && !key) {
            skippedPackets++;
            return false;
        }
        if (drained) {
            restart();
        }
        send(packet);
        return false;
    }

    private void send(AVPacket packet) {
        int result = avcodec_send_packet(context, packet);
        if (result < 0) {
            decodeErrors++;
            awaitingKeyframe = true;
        } else if ((packet.flags() & AV_PKT_FLAG_KEY) != 0) {
            awaitingKeyframe = false;
        }
    }

    private void restart() {
        avcodec_flush_buffers(context);
        drained = false;
    }

    /** Back to every picture: decode the kept packets first, from their keyframe on. */
    private void resumeFromKept() {
        if (keptOverflow || kept.isEmpty()) {
            clearKept();
            awaitingKeyframe = true;
            return;
        }
        repeatedUpToPts = kept.peekFirst().pts();
        skipFirstResumed = repeatedUpToPts == AV_NOPTS_VALUE;
        // the kept packets are counted again as they are decoded
        packetsSincePicture -= kept.size();
        // kept packets go before anything offered but not yet decoded
        ArrayDeque<AVPacket> resumed = new ArrayDeque<>(kept);
        kept.clear();
        keptBytes = 0;
        resumed.addAll(pending);
        pending.clear();
        pending.addAll(resumed);
        restart();
        awaitingKeyframe = true;
    }

    private boolean keep(AVPacket packet) {
        if (keptOverflow) {
            return false;
        }
        if (kept.size() >= MAX_KEPT_PACKETS || keptBytes + packet.size() > MAX_KEPT_BYTES) {
            // too long a GOP to keep: switching back waits for the next keyframe instead
            clearKept();
            keptOverflow = true;
            return false;
        }
        kept.add(packet);
        keptBytes += packet.size();
        return true;
    }

    private void clearKept() {
        kept.forEach(p -> av_packet_free(p));
        kept.clear();
        keptBytes = 0;
    }

    private AVPacket copy(AVPacket packet) throws SourceException {
        AVPacket copy = av_packet_clone(packet);
        if (copy == null) {
            throw SourceException.failed("out of native memory for a " + packet.size() + "-byte packet ("
                    + description + ")");
        }
        return copy;
    }

    /** Whether a picture is held, fetching one from the decoder when none is. Corrupt pictures are dropped. */
    private boolean receive() throws SourceException {
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
                awaitingKeyframe = mode == DecodeMode.ALL;
                av_frame_unref(frame);
                continue;
            }
            if (skipFirstResumed || repeatedUpToPts != AV_NOPTS_VALUE) {
                long pts = frame.pts();
                if (skipFirstResumed || pts != AV_NOPTS_VALUE && pts <= repeatedUpToPts) {
                    // decoded again to resume from the kept packets: handed out already
                    skipFirstResumed = false;
                    av_frame_unref(frame);
                    continue;
                }
                repeatedUpToPts = AV_NOPTS_VALUE;
            }
            checkSize();
            held = true;
        }
        return true;
    }

    private DecodedPicture take(boolean convert) {
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

    private void checkSize() throws SourceException {
        if (width == 0) {
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
     * The picture's time in microseconds, continuous across a timestamp wrap. A picture without a
     * timestamp gets the previous time plus one frame interval, or, with keyframes alone, one for
     * each packet since the previous picture (FFmpeg's best-effort guess goes wrong around
     * reordered pictures).
     */
    private long timestampMicros() {
        long pts = frame.pts();
        long packets = Math.max(1, packetsSincePicture);
        packetsSincePicture = 0;
        if (pts == AV_NOPTS_VALUE) {
            lastMicros += frameMicros * (mode == DecodeMode.KEYFRAMES ? packets : 1);
            return lastMicros;
        }
        if (ptsWrap > 0 && lastPts != AV_NOPTS_VALUE && pts - lastPts < -ptsWrap / 2) {
            ptsWraps++;
        }
        long micros = scale(pts + ptsWraps * ptsWrap);
        // learn the frame interval from two timed pictures in a row
        if (lastPts != AV_NOPTS_VALUE && packets == 1 && mode == DecodeMode.ALL && micros > lastMicros
                && micros - lastMicros < 2_000_000) {
            frameMicros = micros - lastMicros;
        }
        lastPts = pts;
        lastMicros = micros;
        return micros;
    }

    private long scale(long pts) {
        return Math.round(pts * 1_000_000.0 * timeBaseNum / timeBaseDen);
    }
}
