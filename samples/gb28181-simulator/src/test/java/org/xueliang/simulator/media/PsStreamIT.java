package org.xueliang.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ffmpeg encodes the sample footage, our splitter and muxer pack it, and ffprobe must read it back. */
class PsStreamIT {

    private static final int FRAMES = 30;

    static Path footage() {
        return Path.of(System.getProperty("xl.repo.root", "../.."), "samples", "footage", "vtest.avi");
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void ffprobeReadsEveryFrameOfOurProgramStream(VideoCodec codec) throws Exception {
        VideoSettings settings = new VideoSettings("ffmpeg", Optional.of(footage()), codec, 25, 25);
        List<AccessUnit> units = new ArrayList<>();
        try (FfmpegEncoder encoder = FfmpegEncoder.start(settings)) {
            AnnexBSplitter splitter = new AnnexBSplitter(codec);
            InputStream in = encoder.output();
            byte[] chunk = new byte[16 * 1024];
            int read;
            while (units.size() < FRAMES && (read = in.read(chunk)) > 0) {
                units.addAll(splitter.feed(chunk, 0, read));
            }
        }
        assertThat(units).hasSizeGreaterThanOrEqualTo(FRAMES);
        assertThat(units.get(0).keyframe()).isTrue();
        assertThat(units.get(25).keyframe()).as("GOP of 25 frames").isTrue();
        assertThat(units.subList(1, 25)).noneMatch(AccessUnit::keyframe);

        PsMuxer muxer = new PsMuxer(codec);
        ByteArrayOutputStream ps = new ByteArrayOutputStream();
        for (int i = 0; i < FRAMES; i++) {
            ps.writeBytes(muxer.mux(units.get(i), 90_000 + i * 3600L));
        }
        Path file = Files.createDirectories(Path.of("target", "ps-it")).resolve("vtest-" + codec + ".ps");
        Files.write(file, ps.toByteArray());

        String probe = run("ffprobe", "-v", "error", "-count_frames", "-show_entries",
                "stream=codec_name,width,height,nb_read_frames", "-of", "default=nw=1", file.toString());
        String expectedCodec = codec == VideoCodec.H264 ? "h264" : "hevc";
        assertThat(probe).contains("codec_name=" + expectedCodec, "width=768", "height=576",
                "nb_read_frames=" + FRAMES);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
