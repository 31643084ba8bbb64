package org.xueliang.simulator.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ffmpeg CLI as a child process writing a raw Annex-B stream to its stdout.
 * The simulator builds the PS packs itself (see {@link PsMuxer}): ffmpeg's {@code -f mpeg} writes
 * MPEG-1 packs, {@code -f vob} fixed 2048-byte DVD packs, neither with a PSM nor one pack per frame.
 * No {@code -re}: the reader paces frames, and a full pipe holds ffmpeg back.
 */
public final class FfmpegEncoder implements AutoCloseable {

    private static final int STDERR_LINES = 20;

    private final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    private FfmpegEncoder(Process process) {
        this.process = process;
        Thread drain = new Thread(this::drainStderr, "ffmpeg-stderr-" + process.pid());
        drain.setDaemon(true);
        drain.start();
    }

    public static FfmpegEncoder start(VideoSettings settings) throws IOException {
        try {
            return new FfmpegEncoder(new ProcessBuilder(command(settings)).start());
        } catch (IOException e) {
            throw new IOException("cannot start '" + settings.ffmpeg() + "': " + e.getMessage(), e);
        }
    }

    /** The command line, for tests and logs. */
    public static List<String> command(VideoSettings settings) {
        List<String> command = new ArrayList<>(List.of(settings.ffmpeg(), "-hide_banner", "-loglevel", "error", "-nostdin"));
        if (settings.video().isPresent()) {
            command.addAll(List.of("-stream_loop", "-1", "-i", settings.video().get().toString()));
        } else {
            command.addAll(List.of("-f", "lavfi", "-i", "testsrc2=size=704x576:rate=" + settings.fps()));
        }
        command.addAll(List.of("-an", "-sn", "-dn", "-r", String.valueOf(settings.fps()), "-pix_fmt", "yuv420p"));
        String gop = String.valueOf(settings.gop());
        if (settings.codec() == VideoCodec.H264) {
            command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency",
                    "-g", gop, "-bf", "0", "-threads", "1", "-f", "h264"));
        } else {
            command.addAll(List.of("-c:v", "libx265", "-preset", "ultrafast", "-tune", "zerolatency",
                    "-x265-params", "keyint=" + gop + ":min-keyint=" + gop
                            + ":bframes=0:repeat-headers=1:pools=1:frame-threads=1:log-level=error",
                    "-f", "hevc"));
        }
        command.addAll(List.of("-flush_packets", "1", "pipe:1"));
        return command;
    }

    public InputStream output() {
        return process.getInputStream();
    }

    public long pid() {
        return process.pid();
    }

    /** Why ffmpeg ended: exit code and its last error lines. */
    public String describeExit() {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                return "ffmpeg (pid " + process.pid() + ") closed its output but is still running";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (stderrTail) {
            return "ffmpeg exited with code " + process.exitValue()
                    + (stderrTail.isEmpty() ? "" : ": " + String.join(" | ", stderrTail));
        }
    }

    /** Asks ffmpeg to exit (SIGTERM) without waiting, so that SIP threads never block on it. */
    public void signalStop() {
        process.destroy();
    }

    /** Stops ffmpeg: SIGTERM, then SIGKILL if it has not exited within a second. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(1, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void drainStderr() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException e) {
            // the process is gone; its exit code says the rest
        }
    }
}
