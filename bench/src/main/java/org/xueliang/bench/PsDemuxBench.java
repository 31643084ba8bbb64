package org.xueliang.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsDemuxer;
import org.xueliang.ingest.ps.PsMuxer;

/**
 * MPEG-PS demux throughput on one thread: how many bytes per second {@link PsDemuxer#feed} turns
 * into access units.
 *
 * <p>Streams: the 30 s 1080p H.264 bench clip remuxed by the ffmpeg CLI into a program stream
 * ({@code -f vob}: MPEG-2 packs of 2048 bytes, a PES may hold parts of two pictures), and the same
 * pictures muxed the way GB28181 devices send them ({@link PsMuxer}: a pack per picture, a stream map
 * on keyframes, PES packets up to 64 KB). Each is repeated in memory to about 200 MB and fed in
 * pieces the size of RTP payloads (1400 bytes) or of large reads (64 KiB). Every round must find all
 * pictures without a problem. Rates: bytes over wall time, and over the thread's CPU time (the
 * machine may be shared); best of 5 after 3 warm-up rounds.
 */
public final class PsDemuxBench {
    private static final long TARGET_BYTES = 200L << 20;
    private static final int WARM_UP = 3;
    private static final int ROUNDS = 5;

    private PsDemuxBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path clip = BenchClips.h264(repo, out.getParent().resolve("clips"), 1920, 1080);
        byte[] vob = PsClips.programStream(clip);
        List<AccessUnit> units = PsClips.demuxAll(vob);
        byte[] gb = gbStyle(units);

        Table table = new Table("PS demux, " + clip.getFileName() + " (" + units.size() + " pictures), one thread, best of "
                + ROUNDS + " after " + WARM_UP + " warm-up rounds",
                List.of("stream", "piece bytes", "MB", "pictures", "seconds", "MB/s", "MB/s of CPU time"));
        for (Row row : List.of(measure("ffmpeg -f vob (2 KB packs)", vob, units.size(), 1400),
                measure("GB28181 style (PsMuxer)", gb, units.size(), 1400),
                measure("GB28181 style (PsMuxer)", gb, units.size(), 64 * 1024))) {
            table.add(row.stream(), Integer.toString(row.piece()), String.format("%.0f", row.bytes() / 1e6),
                    Long.toString(row.pictures()), String.format("%.3f", row.seconds()),
                    String.format("%.0f", row.bytes() / 1e6 / row.seconds()),
                    String.format("%.0f", row.bytes() / 1e6 / row.cpuSeconds()));
        }
        System.out.print(table.render());
        Path csv = out.resolve("ps-demux.csv");
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }

    private static Row measure(String name, byte[] stream, int picturesPerCopy, int piece) {
        int copies = (int) Math.max(1, TARGET_BYTES / stream.length);
        byte[] big = repeat(stream, copies);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Row best = null;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long[] pictures = {0};
            PsDemuxer demuxer = new PsDemuxer(unit -> pictures[0]++);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int offset = 0; offset < big.length; offset += piece) {
                demuxer.feed(big, offset, Math.min(piece, big.length - offset));
            }
            demuxer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            if (demuxer.errors() != 0 || pictures[0] != (long) picturesPerCopy * copies) {
                throw new IllegalStateException(name + ": " + pictures[0] + " pictures and " + demuxer.errors()
                        + " problems, expected " + (long) picturesPerCopy * copies + " and none");
            }
            Row row = new Row(name, piece, big.length, pictures[0], seconds, cpuSeconds);
            if (round >= WARM_UP && (best == null || row.seconds() < best.seconds())) {
                best = row;
            }
        }
        return best;
    }

    private static byte[] gbStyle(List<AccessUnit> units) {
        PsMuxer muxer = new PsMuxer(units.get(0).codec());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        units.forEach(unit -> out.writeBytes(muxer.mux(unit)));
        return out.toByteArray();
    }

    private static byte[] repeat(byte[] stream, int copies) {
        byte[] big = new byte[stream.length * copies];
        for (int i = 0; i < copies; i++) {
            System.arraycopy(stream, 0, big, i * stream.length, stream.length);
        }
        return big;
    }

    private record Row(String stream, int piece, long bytes, long pictures, double seconds, double cpuSeconds) {
    }
}
