package org.xueliang.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Footage;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

class FileVideoSourceTest {

    @Test
    void convertsOnlyRequestedPicturesToTheAnalysisSize() throws Exception {
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(Footage.vtest(), false), 640)) {
            StreamInfo info = source.open();
            DecodedPicture first = source.read(true);
            DecodedPicture second = source.read(false);

            assertThat(info).isEqualTo(new StreamInfo("msmpeg4", 768, 576, 10.0));
            assertThat(first.timestampMicros()).isZero();
            assertThat(first.width()).isEqualTo(640);
            assertThat(first.height()).isEqualTo(480);
            assertThat(first.bgr()).hasSize(640 * 480 * 3);
            assertThat(second.isConverted()).isFalse();
            assertThat(second.timestampMicros()).isEqualTo(100_000);
        }
    }

    @Test
    void copiesPaddedRowsLikeTheFfmpegCli() throws Exception {
        // 100 px of BGR is 300 bytes a row; swscale pads rows to 384 bytes for alignment
        byte[] reference = Footage.run("ffmpeg", "-hide_banner", "-loglevel", "error", "-i", Footage.vtest().toString(),
                "-frames:v", "1", "-vf", "scale=100:76:flags=bilinear,format=bgr24", "-f", "rawvideo", "-");
        byte[] ours;
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(Footage.vtest(), false), 100)) {
            source.open();
            ours = source.read(true).bgr();
        }

        assertThat(ours).hasSize(100 * 76 * 3).hasSameSizeAs(reference);
        assertThat(meanAbsoluteDifference(ours, reference)).isLessThan(3.0);
        // a copy that ignored the padding would drift by 84 bytes a row and differ a lot
        assertThat(meanAbsoluteDifference(ours, shiftRows(reference, 100 * 3, 84))).isGreaterThan(10.0);
    }

    @Test
    void loopsOnOneTimeLinePacedAtTheFileRate() throws Exception {
        List<Long> timestamps = new ArrayList<>();
        long start = System.nanoTime();
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(Footage.truncated(), true), 64)) {
            source.open();
            for (int i = 0; i < 14; i++) {
                timestamps.add(source.read(false).timestampMicros());
            }
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        // the truncated copy holds six frames, so this crosses the loop twice
        for (int i = 1; i < timestamps.size(); i++) {
            assertThat(timestamps.get(i) - timestamps.get(i - 1)).as("step %d of %s", i, timestamps).isEqualTo(100_000);
        }
        assertThat(elapsedMillis).isBetween(1_250L, 2_500L);
    }

    @Test
    void endsCleanlyAtTheEndWithoutLoop() throws Exception {
        Path clip = Footage.halfSecond();
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(clip, false), 64)) {
            source.open();
            for (int i = 0; i < 5; i++) {
                source.read(false);
            }
            assertThatThrownBy(() -> source.read(false))
                    .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.isEndOfStream()).isTrue())
                    .hasMessage("end of file (file " + clip + ")");
        }
    }

    @Test
    void saysWhenATruncatedFileEndsEarly() throws Exception {
        Path truncated = Footage.truncated();
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(truncated, false), 64)) {
            source.open();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 100; i++) {
                    source.read(false);
                }
            }).isInstanceOf(SourceException.class)
                    .hasMessageStartingWith("file ended early at 0.5 s of 2.0 s")
                    .hasMessageEndingWith("(file " + truncated + ")");
        }
    }

    @Test
    void refusesGarbageAndMissingFiles() throws Exception {
        Path garbage = Footage.garbage();
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(garbage, false), 64)) {
            assertThatThrownBy(source::open)
                    .isInstanceOf(SourceException.class)
                    .hasMessage("could not open: Invalid data found when processing input (file " + garbage + ")");
        }
        Path missing = Path.of("target", "no-such.avi");
        try (FileVideoSource source = new FileVideoSource(new FileSourceConfig(missing, false), 64)) {
            assertThatThrownBy(source::open).hasMessage("could not open: no readable file (file " + missing + ")");
        }
    }

    private static double meanAbsoluteDifference(byte[] a, byte[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs((a[i] & 0xff) - (b[i] & 0xff));
        }
        return (double) sum / a.length;
    }

    /** The image as a reader that skipped {@code padding} bytes too many per row would see it. */
    private static byte[] shiftRows(byte[] image, int rowBytes, int padding) {
        byte[] shifted = new byte[image.length];
        for (int i = 0; i < shifted.length; i++) {
            int row = i / rowBytes;
            shifted[i] = image[(i + row * padding) % image.length];
        }
        return shifted;
    }
}
