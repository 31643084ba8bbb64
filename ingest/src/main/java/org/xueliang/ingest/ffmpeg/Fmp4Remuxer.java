package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.xueliang.ingest.source.SourceException;

/**
 * Copies an H.264 input's packets, without decoding or re-encoding them, into fragmented MP4 in
 * memory: an init segment (ftyp, moov), then one fragment (moof, mdat) per frame, which Media
 * Source Extensions play as they come. A file is paced at its own rate and may loop, like the
 * ingest file source; a camera is copied as it arrives, from its first keyframe.
 *
 * <p>The MP4 muxer closes a frame's fragment when the next frame arrives: each fragment leaves
 * one frame interval after its packet was read. Not thread-safe: open, run and close from one thread.
 */
public final class Fmp4Remuxer implements AutoCloseable {
    /** Empty moov, a fragment per frame, fragment times relative to the fragment: what MSE wants. */
    private static final String MOVFLAGS = "empty_moov+default_base_moof+frag_every_frame";

    private final FFmpegFrameGrabber grabber;
    private final String description;
    private final boolean file;
    private final boolean loop;
    private final Clock clock;
    private Track track;
    private int videoIndex;
    private double timeBase;
    private FFmpegFrameRecorder recorder;

    /**
     * What the remuxed stream is.
     *
     * @param mime   the MSE type, {@code video/mp4; codecs="avc1.PPCCLL"}
     * @param width  coded width
     * @param height coded height
     * @param fps    nominal frame rate, 0 when unknown
     */
    public record Track(String mime, int width, int height, double fps) {
    }

    /** Receives the output, on the remuxing thread. */
    public interface Output {
        void init(byte[] segment);

        /**
         * @param seq        fragment number from 1
         * @param receivedAt epoch milliseconds when the fragment's first packet was read
         * @param pts        presentation time of that packet in seconds (continuing across loops)
         */
        void fragment(long seq, long receivedAt, double pts, byte[] data);
    }

    private record Packet(long receivedAt, double pts) {
    }

    /**
     * @param input       file path or URL
     * @param options     demuxer and protocol options (RTSP transport and timeout)
     * @param file        whether the input is a file, paced in real time
     * @param loop        whether a file starts again at its end
     * @param description password-free name of the input for reasons
     * @param clock       time of {@code receivedAt} and of pacing
     */
    public Fmp4Remuxer(String input, Map<String, String> options, boolean file, boolean loop, String description,
                       Clock clock) {
        FfmpegRuntime.load();
        this.grabber = new FFmpegFrameGrabber(input);
        options.forEach(grabber::setOption);
        this.description = description;
        this.file = file;
        this.loop = loop;
        this.clock = clock;
    }

    /**
     * Opens the input and checks that its video is H.264 with a known codec string.
     *
     * @throws SourceException "could not open: ...", or the codec that cannot be remuxed
     */
    public Track open() throws SourceException {
        FfmpegRuntime.clearLastMessage();
        try {
            grabber.startUnsafe();
        } catch (FrameGrabber.Exception e) {
            throw SourceException.failed("could not open: " + FfmpegErrors.describe(e) + " (" + description + ")");
        }
        AVFormatContext format = grabber.getFormatContext();
        videoIndex = -1;
        for (int i = 0; i < format.nb_streams() && videoIndex < 0; i++) {
            if (format.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                videoIndex = i;
            }
        }
        if (videoIndex < 0) {
            throw SourceException.failed("no video stream in " + description);
        }
        AVStream stream = format.streams(videoIndex);
        AVCodecParameters codec = stream.codecpar();
        if (codec.codec_id() != AV_CODEC_ID_H264) {
            throw SourceException.failed("the video is " + avcodec_get_name(codec.codec_id()).getString()
                    + ", full-rate view needs H.264 (" + description + ")");
        }
        byte[] extradata = new byte[Math.max(0, codec.extradata_size())];
        if (extradata.length > 0) {
            codec.extradata().get(extradata);
        }
        String codecs = AvcCodecString.of(extradata).orElseThrow(() -> SourceException.failed(
                "the H.264 stream announces no sequence parameter set, a browser cannot play it (" + description
                        + ")"));
        timeBase = stream.time_base().num() / (double) stream.time_base().den();
        track = new Track("video/mp4; codecs=\"" + codecs + "\"", codec.width(), codec.height(),
                grabber.getVideoFrameRate());
        return track;
    }

    /**
     * Copies packets until {@code stopped} says so or the input ends or fails.
     *
     * @throws SourceException why the input ended (a file without loop, a camera that stopped)
     */
    public void run(Output output, BooleanSupplier stopped) throws SourceException, InterruptedException {
        if (track == null) {
            throw new IllegalStateException("run before open of " + description);
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        startRecorder(sink);
        output.init(drain(sink));
        List<Packet> pending = new ArrayList<>();
        long seq = 0;
        long offset = 0;
        long firstDts = AV_NOPTS_VALUE;
        long lastEnd = 0;
        long startMillis = clock.millis();
        boolean keyframeSeen = false;
        while (!stopped.getAsBoolean()) {
            AVPacket packet = read();
            if (packet == null) {
                if (!file || !loop || firstDts == AV_NOPTS_VALUE) {
                    finish(output, sink, pending, seq);
                    throw SourceException.ended("stream ended (" + description + ")");
                }
                offset = lastEnd - firstDts;
                rewind();
                continue;
            }
            if (packet.stream_index() != videoIndex || packet.dts() == AV_NOPTS_VALUE) {
                continue;
            }
            keyframeSeen |= (packet.flags() & AV_PKT_FLAG_KEY) != 0;
            if (!keyframeSeen) {
                continue; // a browser cannot start decoding before a keyframe
            }
            if (firstDts == AV_NOPTS_VALUE) {
                firstDts = packet.dts() + offset;
            }
            shift(packet, offset);
            lastEnd = packet.dts() + Math.max(1, packet.duration());
            double pts = (packet.pts() == AV_NOPTS_VALUE ? packet.dts() : packet.pts()) * timeBase;
            if (file) {
                pace(startMillis, (packet.dts() - firstDts) * timeBase);
            }
            // a paced file's packet counts as read when it is due, as a camera's would arrive
            long receivedAt = clock.millis();
            record(packet);
            byte[] bytes = drain(sink);
            if (bytes.length > 0 && !pending.isEmpty()) {
                Packet first = pending.get(0);
                output.fragment(++seq, first.receivedAt(), first.pts(), bytes);
                pending.clear();
            }
            pending.add(new Packet(receivedAt, pts));
        }
    }

    /** Writes the trailer, which closes the last frame's fragment, and hands that fragment out. */
    private void finish(Output output, ByteArrayOutputStream sink, List<Packet> pending, long seq)
            throws SourceException {
        try {
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw SourceException.failed("could not finish the MP4: " + FfmpegErrors.describe(e) + " ("
                    + description + ")");
        }
        byte[] bytes = drain(sink);
        if (bytes.length > 0 && !pending.isEmpty()) {
            output.fragment(seq + 1, pending.get(0).receivedAt(), pending.get(0).pts(), bytes);
        }
    }

    private void startRecorder(ByteArrayOutputStream sink) throws SourceException {
        recorder = new FFmpegFrameRecorder(sink, track.width(), track.height(), 0);
        recorder.setFormat("mp4");
        recorder.setOption("movflags", MOVFLAGS);
        // hand each fragment out as soon as the muxer has written it
        recorder.setOption("flush_packets", "1");
        try {
            recorder.start(grabber.getFormatContext());
        } catch (FrameRecorder.Exception e) {
            throw SourceException.failed("could not start the MP4 muxer: " + FfmpegErrors.describe(e) + " ("
                    + description + ")");
        }
    }

    private AVPacket read() throws SourceException {
        try {
            return grabber.grabPacket();
        } catch (FrameGrabber.Exception e) {
            throw SourceException.failed("read failed: " + FfmpegErrors.describe(e) + " (" + description + ")");
        }
    }

    private void record(AVPacket packet) throws SourceException {
        try {
            recorder.recordPacket(packet);
        } catch (FrameRecorder.Exception e) {
            throw SourceException.failed("could not write MP4: " + FfmpegErrors.describe(e) + " (" + description
                    + ")");
        }
    }

    private void rewind() throws SourceException {
        if (av_seek_frame(grabber.getFormatContext(), -1, 0, AVSEEK_FLAG_BACKWARD) < 0) {
            throw SourceException.failed("could not restart the loop: seeking to the start failed ("
                    + description + ")");
        }
    }

    /** Moves a looped pass's timestamps after the previous pass's, so that the MP4 time line only grows. */
    private static void shift(AVPacket packet, long offset) {
        if (offset == 0) {
            return;
        }
        packet.dts(packet.dts() + offset);
        if (packet.pts() != AV_NOPTS_VALUE) {
            packet.pts(packet.pts() + offset);
        }
    }

    /** Waits until the packet is due, the file then plays at its own rate like a camera. */
    private void pace(long startMillis, double dueSeconds) throws InterruptedException {
        long wait = startMillis + Math.round(dueSeconds * 1000) - clock.millis();
        if (wait > 0) {
            TimeUnit.MILLISECONDS.sleep(wait);
        }
    }

    private static byte[] drain(ByteArrayOutputStream sink) {
        byte[] bytes = sink.toByteArray();
        sink.reset();
        return bytes;
    }

    /** Closes muxer and input; idempotent, never throws. */
    @Override
    public void close() {
        if (recorder != null) {
            try {
                recorder.close();
            } catch (FrameRecorder.Exception e) {
                // the trailer goes to a session nobody reads any more
            }
            recorder = null;
        }
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // nothing left to release that close did not try
        }
    }
}
