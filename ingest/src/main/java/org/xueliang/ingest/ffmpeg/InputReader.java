package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_frame_rate;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * Reads one FFmpeg input (a file or an RTSP URL): avformat demultiplexes it, the video packets go to
 * the shared {@link PictureDecoder} (one decoder thread, keyframe-only decoding on request) and only
 * the pictures asked for are converted, straight to BGR24 at the analysis size.
 *
 * <p>Packets of other streams are dropped before they are copied. Opening takes no process-wide
 * lock, so one dead camera does not delay the others. Not thread-safe: open, read and close from one
 * thread.
 */
public final class InputReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InputReader.class);
    /** Frame rates above this in the stream's timing info are bogus, so unknown. */
    private static final double MAX_FRAME_RATE = 240;

    private final String input;
    private final Map<String, String> formatOptions;
    private final int maxDelayMicros;
    private final String description;
    private AVFormatContext format;
    private AVPacket packet;
    private PictureDecoder decoder;
    private int videoStream = -1;
    private long durationMicros;
    private String readError;
    private boolean ended;
    private boolean closed;
    private volatile DecodeMode wantedMode = DecodeMode.ALL;
    private PacketClock clock = arrivalMicros -> { };
    private AVRational timeBase;

    /** Told of every video packet before it is decoded, with its decoding time; may wait for it. */
    @FunctionalInterface
    public interface PacketClock {
        /**
         * @param decodeMicros the packet's decoding time on the stream's time line, in microseconds
         * @throws InterruptedException when the reading thread is interrupted while waiting
         */
        void arrived(long decodeMicros) throws InterruptedException;
    }

    /**
     * @param input          file path or URL handed to FFmpeg
     * @param formatOptions  demuxer and protocol options (for example {@code rtsp_transport})
     * @param maxDelayMicros demuxer reordering delay, or -1 for FFmpeg's default
     * @param description    password-free name of the input for reasons
     */
    public InputReader(String input, Map<String, String> formatOptions, int maxDelayMicros, String description) {
        FfmpegRuntime.load();
        this.input = input;
        this.formatOptions = Map.copyOf(formatOptions);
        this.maxDelayMicros = maxDelayMicros;
        this.description = description;
    }

    /**
     * Opens the input, finds its video stream and opens a decoder for it.
     *
     * @param analysisWidth width of converted pictures
     * @throws SourceException "could not open: ...", "no video stream ..." or "no decoder ..."
     */
    public StreamInfo open(int analysisWidth) throws SourceException {
        if (format != null || closed) {
            throw new IllegalStateException("open twice of " + description);
        }
        FfmpegRuntime.clearLastMessage();
        format = avformat_alloc_context();
        if (maxDelayMicros >= 0) {
            format.max_delay(maxDelayMicros);
        }
        AVDictionary options = new AVDictionary(null);
        formatOptions.forEach((key, value) -> av_dict_set(options, key, value, 0));
        int result = avformat_open_input(format, input, null, options);
        av_dict_free(options);
        if (result < 0) {
            // avformat_open_input frees the context on failure
            format = null;
            throw SourceException.failed("could not open: " + FfmpegErrors.errorText(result) + " (" + description + ")");
        }
        result = avformat_find_stream_info(format, (PointerPointer<?>) null);
        if (result < 0) {
            throw SourceException.failed("could not open: " + FfmpegErrors.errorText(result) + " (" + description + ")");
        }
        videoStream = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        if (videoStream < 0) {
            throw SourceException.failed("no video stream with a known picture size in " + description);
        }
        AVStream stream = format.streams(videoStream);
        AVCodecParameters parameters = stream.codecpar();
        if (parameters.width() <= 0 || parameters.height() <= 0) {
            throw SourceException.failed("no video stream with a known picture size in " + description);
        }
        AVCodec codec = avcodec_find_decoder(parameters.codec_id());
        if (codec == null) {
            throw SourceException.failed("this FFmpeg build has no " + avcodec_get_name(parameters.codec_id()).getString()
                    + " decoder (" + description + ")");
        }
        String codecName = codec.name().getString();
        double frameRate = frameRate(stream);
        timeBase = stream.time_base();
        decoder = new PictureDecoder(openDecoder(codec, parameters, timeBase), timeBase, 0,
                analysisWidth, frameRate, description);
        durationMicros = format.duration() == AV_NOPTS_VALUE ? 0 : Math.max(0, format.duration());
        packet = av_packet_alloc();
        return new StreamInfo(codecName, parameters.width(), parameters.height(), frameRate);
    }

    /**
     * Decodes the next video picture.
     *
     * @param convert whether swscale converts it to BGR at the analysis size
     * @return the picture, or {@code null} at the end of the input or when reading failed;
     *         {@link #lastNativeMessage()} says why it failed
     * @throws SourceException     when the picture size changed mid-stream or memory ran out
     * @throws InterruptedException when the packet clock was interrupted
     */
    public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
        if (decoder == null) {
            throw new IllegalStateException("read before open of " + description);
        }
        while (true) {
            DecodeMode mode = wantedMode;
            if (mode != decoder.mode()) {
                decoder.setMode(mode);
            }
            DecodedPicture picture = decoder.poll(convert);
            if (picture != null || ended) {
                return picture;
            }
            int result = av_read_frame(format, packet);
            if (result < 0) {
                if (result != AVERROR_EOF) {
                    readError = FfmpegErrors.errorText(result);
                }
                ended = true;
                decoder.end();
                continue;
            }
            try {
                if (packet.stream_index() == videoStream) {
                    long time = packet.dts() != AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                    if (time != AV_NOPTS_VALUE) {
                        clock.arrived(Math.round(time * 1_000_000.0 * timeBase.num() / timeBase.den()));
                    }
                    decoder.offer(packet);
                }
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    /**
     * Decodes every picture or keyframes alone from the next packet on; see {@link DecodeMode}. May
     * be called from any thread, also while a read waits for packets: a switch back to every picture
     * then decodes the packets since the last keyframe at once.
     */
    public void setDecodeMode(DecodeMode mode) {
        wantedMode = mode;
    }

    /** Installs what is told of each video packet before decoding (a file source paces by it). */
    public void setPacketClock(PacketClock clock) {
        this.clock = clock;
    }

    /** Declared duration of the input in microseconds, 0 when unknown (live streams). */
    public long durationMicros() {
        return durationMicros;
    }

    /**
     * Why reading stopped, or the last FFmpeg error or warning logged on this thread since open,
     * without context; null when nothing was said.
     */
    public String lastNativeMessage() {
        String logged = FfmpegRuntime.lastMessage();
        return logged != null ? logged : readError;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (decoder != null) {
                decoder.close();
            }
            if (packet != null) {
                av_packet_free(packet);
            }
            if (format != null) {
                avformat_close_input(format);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not release FFmpeg resources of {}: {}", description, FfmpegRuntime.maskPasswords(e.toString()));
        }
    }

    private AVCodecContext openDecoder(AVCodec codec, AVCodecParameters parameters, AVRational timeBase)
            throws SourceException {
        String codecName = codec.name().getString();
        AVCodecContext context = avcodec_alloc_context3(codec);
        int result = avcodec_parameters_to_context(context, parameters);
        // one decoder thread per channel: channels, not frames, are the unit of parallelism
        context.thread_count(1);
        context.pkt_timebase(timeBase);
        if (result >= 0) {
            result = avcodec_open2(context, codec, (AVDictionary) null);
        }
        if (result < 0) {
            avcodec_free_context(context);
            throw SourceException.failed("could not open the " + codecName + " decoder: "
                    + FfmpegErrors.errorText(result) + " (" + description + ")");
        }
        return context;
    }

    private double frameRate(AVStream stream) {
        AVRational rate = av_guess_frame_rate(format, stream, null);
        double fps = rate.num() > 0 && rate.den() > 0 ? (double) rate.num() / rate.den() : 0;
        return fps > 0 && fps <= MAX_FRAME_RATE ? fps : 0;
    }
}
