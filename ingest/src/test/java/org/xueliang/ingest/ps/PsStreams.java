package org.xueliang.ingest.ps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.ingest.Footage;

/**
 * Program streams made at test time with the ffmpeg CLI (libx264/libx265 on its {@code testsrc2}
 * pattern, 320x240 at 25 fps, 2 s, GOP 25), and what ffprobe says about them.
 */
public final class PsStreams {
    /** Frames in each stream: 2 s at 25 fps. */
    public static final int FRAMES = 50;
    /** Keyframe interval asked of the encoders. */
    public static final int GOP = 25;

    /** The muxer format and codec of a test stream. */
    public enum Kind {
        /** {@code -f vob}: MPEG-2 packs of 2048 bytes, H.264 in stream E2, no stream map. */
        H264_VOB("h264.vob", "vob", "libx264"),
        /** {@code -f mpeg}: MPEG-1 packs and PES headers, H.264. */
        H264_MPEG1("h264.mpg", "mpeg", "libx264"),
        /** {@code -f vob} with H.265 in stream E0; only the NAL units tell the codec. */
        H265_VOB("h265.vob", "vob", "libx265"),
        /** {@code -f vob}, H.264 without B-frames, so decode order is presentation order. */
        H264_NO_B_VOB("h264-nob.vob", "vob", "libx264"),
        /** Like {@link #H264_NO_B_VOB} at 640x480. */
        H264_640_VOB("h264-640.vob", "vob", "libx264");

        private final String file;
        private final String format;
        private final String encoder;

        Kind(String file, String format, String encoder) {
            this.file = file;
            this.format = format;
            this.encoder = encoder;
        }
    }

    /** One video packet as ffprobe reports it, in decode order. */
    public record ProbedPacket(long pts, boolean keyframe) {
        /** ffprobe's "N/A". */
        public static final long NONE = -1;
    }

    private PsStreams() {
    }

    /** The stream file, made on first use. */
    public static synchronized Path file(Kind kind) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "ps"));
        Path target = dir.resolve(kind.file);
        if (!Files.exists(target)) {
            Path partial = dir.resolve(kind.file + ".part");
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=" + (kind == Kind.H264_640_VOB ? "640x480" : "320x240")
                            + ":rate=25", "-t", "2", "-c:v", kind.encoder,
                    "-g", Integer.toString(GOP), "-pix_fmt", "yuv420p"));
            if (kind.encoder.equals("libx265")) {
                command.addAll(List.of("-x265-params", "log-level=error"));
            }
            if (kind == Kind.H264_NO_B_VOB || kind == Kind.H264_640_VOB) {
                command.addAll(List.of("-bf", "0"));
            }
            command.addAll(List.of("-f", kind.format, partial.toString()));
            Footage.run(command.toArray(String[]::new));
            Files.move(partial, target);
        }
        return target;
    }

    /** The stream's bytes. */
    public static byte[] bytes(Kind kind) throws IOException, InterruptedException {
        return Files.readAllBytes(file(kind));
    }

    /** The video elementary stream (Annex B) copied out by the ffmpeg CLI. */
    public static byte[] elementaryStream(Kind kind) throws IOException, InterruptedException {
        String format = kind.encoder.equals("libx265") ? "hevc" : "h264";
        return Footage.run("ffmpeg", "-hide_banner", "-loglevel", "error", "-i", file(kind).toString(), "-c", "copy",
                "-f", format, "-");
    }

    /** ffprobe's video packets of the stream, in decode order. */
    public static List<ProbedPacket> probe(Kind kind) throws IOException, InterruptedException {
        String csv = new String(Footage.run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                "packet=pts,flags", "-of", "csv=p=0", file(kind).toString()));
        List<ProbedPacket> packets = new ArrayList<>();
        for (String line : csv.strip().split("\n")) {
            String[] fields = line.split(",");
            long pts = fields[0].equals("N/A") ? ProbedPacket.NONE : Long.parseLong(fields[0]);
            packets.add(new ProbedPacket(pts, fields[1].startsWith("K")));
        }
        return packets;
    }

    /** Demuxes a whole stream fed in pieces of {@code chunk} bytes; problems are collected too. */
    public static Demuxed demux(byte[] stream, int chunk) {
        Demuxed result = new Demuxed(new ArrayList<>(), new ArrayList<>());
        PsDemuxer demuxer = new PsDemuxer(new PsDemuxer.Listener() {
            @Override
            public void accessUnit(AccessUnit unit) {
                result.units().add(unit);
            }

            @Override
            public void error(PsFormatException problem) {
                result.problems().add(problem);
            }
        });
        for (int offset = 0; offset < stream.length; offset += chunk) {
            demuxer.feed(stream, offset, Math.min(chunk, stream.length - offset));
        }
        demuxer.flush();
        return result;
    }

    /** Units and problems of one demuxing run. */
    public record Demuxed(List<AccessUnit> units, List<PsFormatException> problems) {
    }
}
