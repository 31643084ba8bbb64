package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_WARNING;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.setLogCallback;

import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Process-wide FFmpeg set-up: loads the native libraries and routes FFmpeg's log to SLF4J.
 *
 * <p>FFmpeg has exactly one log callback per process, so this class holds it in a static field (also
 * to keep the native function pointer from being garbage collected). FFmpeg calls it synchronously on
 * the thread that runs the failing call, so the last message per thread is remembered and used to
 * explain why a session ended.
 */
public final class FfmpegRuntime {
    private static final Logger NATIVE_LOG = LoggerFactory.getLogger("org.xueliang.ingest.ffmpeg.native");
    private static final Pattern CONTEXT_PREFIX = Pattern.compile("^\\[[^\\]]+ @ 0x[0-9a-fA-F]+\\]\\s*");
    private static final Pattern URL_PASSWORD = Pattern.compile("(\\w+://[^/:@\\s]+):[^@/\\s]*@");
    private static final ThreadLocal<NativeMessage> LAST_MESSAGE = new ThreadLocal<>();
    private static final LogCallback CALLBACK = new Slf4jCallback().retainReference();
    private static boolean loaded;

    private FfmpegRuntime() {
    }

    /**
     * Loads FFmpeg and installs the log callback. Idempotent. Call it from the wiring thread before
     * channel threads run, so that a channel stopped early cannot interrupt the native library load.
     *
     * @throws IllegalStateException when the native libraries cannot be loaded
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            FFmpegFrameGrabber.tryLoad();
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException("could not load the FFmpeg native libraries for this platform", e);
        }
        av_log_set_level(AV_LOG_WARNING);
        setLogCallback(CALLBACK);
        loaded = true;
    }

    /** Forgets this thread's last FFmpeg message, before an operation whose failure is to be explained. */
    static void clearLastMessage() {
        LAST_MESSAGE.remove();
    }

    /** This thread's last FFmpeg error (or warning if no error came), without context prefix, or null. */
    static String lastMessage() {
        NativeMessage message = LAST_MESSAGE.get();
        return message == null ? null : message.text();
    }

    /** Replaces the password of every {@code scheme://user:password@} in a text by {@code ***}. */
    public static String maskPasswords(String text) {
        return text == null ? null : URL_PASSWORD.matcher(text).replaceAll("$1:***@");
    }

    private record NativeMessage(int level, String text) {
    }

    private static final class Slf4jCallback extends LogCallback {
        @Override
        public void call(int level, BytePointer message) {
            if (level > AV_LOG_WARNING) {
                return;
            }
            String text = CONTEXT_PREFIX.matcher(maskPasswords(message.getString()).strip()).replaceFirst("");
            if (text.isEmpty()) {
                return;
            }
            NativeMessage previous = LAST_MESSAGE.get();
            // an error explains a failure better than a later warning
            if (level <= AV_LOG_ERROR || previous == null || previous.level() > AV_LOG_ERROR) {
                LAST_MESSAGE.set(new NativeMessage(level, text));
            }
            // decode errors can come at frame rate on a lossy link: keep them out of the normal log
            NATIVE_LOG.debug("{}", text);
        }
    }
}
