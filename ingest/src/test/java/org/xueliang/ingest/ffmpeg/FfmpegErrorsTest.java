package org.xueliang.ingest.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FfmpegErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "avformat_open_input() error -111: Could not open input \"rtsp://u:pw@10.0.0.5/x\". | Connection refused",
        "avformat_open_input() error -1094995529: Could not open input \"a.avi\"            | Invalid data found when processing input",
        "avformat_open_input() error -2: Could not open input \"/missing.avi\"              | No such file or directory",
        "avformat_open_input() error -5: Could not open input \"rtsp://x\"                  | Input/output error",
        "Could not grab from rtsp://admin:pw@cam:554/x                                   | Could not grab from rtsp://admin:***@cam:554/x",
    })
    void describesByErrorCodeWithoutUrlsOrPasswords(String message, String expected) {
        assertThat(FfmpegErrors.describe(new FrameGrabber.Exception(message))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Connection to rtsp://admin:p4ss@10.0.0.5:554/x failed | Connection to rtsp://admin:***@10.0.0.5:554/x failed",
        "a rtsp://u:@h/x b http://v:w@h2/ c                   | a rtsp://u:***@h/x b http://v:***@h2/ c",
        "rtsp://admin@h/x has no password                      | rtsp://admin@h/x has no password",
        "Connection to tcp://127.0.0.1:1?timeout=2000000 failed | Connection to tcp://127.0.0.1:1?timeout=2000000 failed",
    })
    void masksEveryPasswordInNativeMessages(String text, String expected) {
        assertThat(FfmpegRuntime.maskPasswords(text)).isEqualTo(expected);
    }
}
