package org.xueliang.ingest.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Footage;
import org.xueliang.ingest.source.SourceException;

/** Remuxing to fragmented MP4 copies the H.264 samples unchanged; ffprobe reads the result back. */
class Fmp4RemuxerTest {
    private static final int FRAMES = 50;

    @Test
    void copiesEveryH264SampleUnchangedIntoFragments() throws Exception {
        Path source = h264File("remux-source.mp4", FRAMES);
        Collected out = new Collected();
        try (Fmp4Remuxer remuxer = new Fmp4Remuxer(source.toString(), Map.of(), false, false, "test file",
                Clock.systemUTC())) {
            Fmp4Remuxer.Track track = remuxer.open();
            assertThat(track.mime()).isEqualTo("video/mp4; codecs=\"avc1.42C01E\"");
            assertThat(track.width()).isEqualTo(320);
            assertThat(track.height()).isEqualTo(240);
            assertThat(track.fps()).isEqualTo(25.0);
            assertThatThrownBy(() -> remuxer.run(out, () -> false)).isInstanceOf(SourceException.class)
                    .hasMessage("stream ended (test file)");
        }
        Path remuxed = Files.createDirectories(Path.of("target", "footage")).resolve("remuxed.mp4");
        Files.write(remuxed, out.bytes.toByteArray());

        assertThat(new String(out.init, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(out.fragments).hasSize(FRAMES);
        assertThat(out.seqs).containsExactlyElementsOf(range(1, FRAMES));
        assertThat(out.pts.get(1) - out.pts.get(0)).isEqualTo(0.04, offset(1e-9));
        for (byte[] fragment : out.fragments) {
            assertThat(new String(fragment, 4, 4, StandardCharsets.US_ASCII)).isIn("moof", "styp");
        }
        // codec and packet count of the only stream, as ffprobe reads the concatenated output
        assertThat(probe(remuxed)).isEqualTo("h264," + FRAMES);
        assertThat(packetHashes(remuxed)).hasSize(FRAMES).isEqualTo(packetHashes(source));
    }

    @Test
    void loopsAFileOnOneGrowingTimeLine() throws Exception {
        Path source = h264File("remux-loop.mp4", 5);
        Collected out = new Collected();
        try (Fmp4Remuxer remuxer = new Fmp4Remuxer(source.toString(), Map.of(), true, true, "looped file",
                Clock.systemUTC())) {
            remuxer.open();
            remuxer.run(out, () -> out.fragments.size() >= 12);
        }
        assertThat(out.pts).hasSize(12);
        for (int i = 1; i < out.pts.size(); i++) {
            assertThat(out.pts.get(i) - out.pts.get(i - 1)).as("pts step %d", i)
                    .isEqualTo(0.04, offset(1e-6));
        }
    }

    @Test
    void refusesAVideoThatIsNotH264() {
        try (Fmp4Remuxer remuxer = new Fmp4Remuxer(Footage.vtest().toString(), Map.of(), true, true, "vtest.avi",
                Clock.systemUTC())) {
            assertThatThrownBy(remuxer::open).isInstanceOf(SourceException.class)
                    .hasMessage("the video is msmpeg4v3, full-rate view needs H.264 (vtest.avi)");
        }
    }

    private static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }

    /** A constrained-baseline H.264 clip of the test pattern made by the ffmpeg CLI: 320x240, 25 fps. */
    static Path h264File(String name, int frames) throws IOException, InterruptedException {
        Path target = Files.createDirectories(Path.of("target", "footage")).resolve(name);
        if (!Files.exists(target)) {
            Footage.run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc=size=320x240:rate=25", "-frames:v", Integer.toString(frames), "-c:v", "libx264",
                    "-profile:v", "baseline", "-level", "3.0", "-g", "25", "-pix_fmt", "yuv420p",
                    target.toString());
        }
        return target;
    }

    private static String probe(Path file) throws Exception {
        return new String(Footage.run("ffprobe", "-v", "error", "-count_packets", "-show_entries",
                "stream=codec_name,nb_read_packets", "-of", "csv=p=0", file.toString()), StandardCharsets.UTF_8).strip();
    }

    private static List<String> packetHashes(Path file) throws Exception {
        String csv = new String(Footage.run("ffprobe", "-v", "error", "-select_streams", "v", "-show_packets",
                "-show_data_hash", "MD5", "-show_entries", "packet=data_hash", "-of", "csv=p=0", file.toString()),
                StandardCharsets.UTF_8);
        return csv.lines().filter(line -> !line.isBlank()).toList();
    }

    private static final class Collected implements Fmp4Remuxer.Output {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<byte[]> fragments = new ArrayList<>();
        final List<Long> seqs = new ArrayList<>();
        final List<Double> pts = new ArrayList<>();
        byte[] init;

        @Override
        public void init(byte[] segment) {
            init = segment;
            bytes.writeBytes(segment);
        }

        @Override
        public void fragment(long seq, long receivedAt, double pts, byte[] data) {
            fragments.add(data);
            seqs.add(seq);
            this.pts.add(pts);
            bytes.writeBytes(data);
        }
    }
}
