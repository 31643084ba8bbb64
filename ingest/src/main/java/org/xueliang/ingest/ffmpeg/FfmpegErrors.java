package org.xueliang.ingest.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns JavaCV/FFmpeg failures into short reasons without URLs or passwords. */
final class FfmpegErrors {
    private static final Pattern ERROR_CODE = Pattern.compile("error (-\\d+)");

    private FfmpegErrors() {
    }

    /**
     * The FFmpeg error text for the code in a JavaCV exception message ("avformat_open_input() error
     * -111: ..." gives "Connection refused"), else the exception's message with passwords masked.
     */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher code = ERROR_CODE.matcher(message);
        if (code.find()) {
            return errorText(Integer.parseInt(code.group(1)));
        }
        return FfmpegRuntime.maskPasswords(message);
    }

    /** FFmpeg's text for an AVERROR code. */
    static String errorText(int code) {
        byte[] buffer = new byte[256];
        if (av_strerror(code, buffer, buffer.length) < 0) {
            return "FFmpeg error " + code;
        }
        int length = 0;
        while (length < buffer.length && buffer[length] != 0) {
            length++;
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
}
