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
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.VideoCodec;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * Decodes H.264 or H.265 access units demultiplexed from MPEG-PS (GB28181) with FFmpeg's avcodec on
 * one thread, through the shared {@link PictureDecoder}: skipping to the next keyframe after loss,
 * keyframe-only decoding, and conversion of the pictures asked for.
 *
 * <p>Use: {@code send(unit)}, then {@code poll(convert)} until it returns null. Not thread-safe.
 */
public final class AccessUnitDecoder implements AutoCloseable {
    private static final int PTS_CLOCK = 90_000;
    private static final int PTS_BITS = 33;
    /** Frame rates above this in the stream's timing info are bogus, so unknown. */
    private static final double MAX_FRAME_RATE = 240;

    private final VideoCodec codec;
    private final String description;
    private final AVPacket packet;
    private final PictureDecoder core;
    private boolean closed;

    /**
     * @param codec         the units' codec
     * @param analysisWidth width of converted pictures; the height follows the pictures' aspect
     * @param description   names the stream in reasons
     * @throws SourceException when FFmpeg has no decoder for the codec or cannot open it
     */
    public AccessUnitDecoder(VideoCodec codec, int analysisWidth, String description) throws SourceException {
        FfmpegRuntime.load();
        this.codec = codec;
        this.description = description;
        AVCodec decoder = avcodec_find_decoder(codec == VideoCodec.H264 ? AV_CODEC_ID_H264 : AV_CODEC_ID_HEVC);
        if (decoder == null) {
            throw SourceException.failed("this FFmpeg build has no " + codec + " decoder (" + description + ")");
        }
        AVCodecContext context = avcodec_alloc_context3(decoder);
        // one decoder thread per channel: channels, not frames, are the unit of parallelism
        context.thread_count(1);
        context.pkt_timebase(av_make_q(1, PTS_CLOCK));
        int result = avcodec_open2(context, decoder, (AVDictionary) null);
        if (result < 0) {
            avcodec_free_context(context);
            throw SourceException.failed("could not open the " + codec + " decoder: " + FfmpegErrors.errorText(result)
                    + " (" + description + ")");
        }
        core = new PictureDecoder(context, av_make_q(1, PTS_CLOCK), PTS_BITS, analysisWidth, 0, description);
        packet = av_packet_alloc();
    }

    /** The codec this decoder was opened for. */
    public VideoCodec codec() {
        return codec;
    }

    /** Data was lost before the next unit: skip units until a keyframe. */
    public void awaitKeyframe() {
        core.awaitKeyframe();
    }

    /** Decodes every picture or keyframes alone from the next unit on. */
    public void setDecodeMode(DecodeMode mode) {
        core.setMode(mode);
    }

    /** Queues one unit for decoding. */
    public void send(AccessUnit unit) throws SourceException {
        byte[] data = unit.annexB();
        if (av_new_packet(packet, data.length) < 0) {
            throw SourceException.failed("out of native memory for a " + data.length + "-byte packet ("
                    + description + ")");
        }
        try {
            packet.data().put(data, 0, data.length);
            packet.pts(unit.pts90k() == AccessUnit.NO_PTS ? AV_NOPTS_VALUE : unit.pts90k());
            packet.flags(unit.keyframe() ? AV_PKT_FLAG_KEY : 0);
            core.offer(packet);
        } finally {
            av_packet_unref(packet);
        }
    }

    /** No more units: the pictures the decoder holds back for reordering come out next. */
    public void drain() {
        core.end();
    }

    /**
     * The next picture, or null when more units are needed.
     *
     * @param convert whether to convert it to BGR at the analysis size
     * @throws SourceException when the picture size changed mid-stream
     */
    public DecodedPicture poll(boolean convert) throws SourceException {
        return core.poll(convert);
    }

    /** Codec, size and frame rate of the stream, known once a picture was decoded. */
    public StreamInfo streamInfo() {
        if (core.width() == 0) {
            throw new IllegalStateException("no picture decoded yet (" + description + ")");
        }
        double fps = core.streamFrameRate();
        String name = codec == VideoCodec.H264 ? "h264" : "hevc";
        return new StreamInfo(name, core.width(), core.height(), fps > 0 && fps <= MAX_FRAME_RATE ? fps : 0);
    }

    /** Units the decoder refused and pictures it marked corrupt. */
    public long decodeErrors() {
        return core.decodeErrors();
    }

    /** Units not decoded: skipped while awaiting a keyframe, or not keyframes in keyframe mode. */
    public long skippedUnits() {
        return core.skippedPackets();
    }

    /** Pictures taken. */
    public long pictures() {
        return core.pictures();
    }

    /** Frees the decoder, its packets, frame and converter. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        core.close();
        av_packet_free(packet);
    }
}
