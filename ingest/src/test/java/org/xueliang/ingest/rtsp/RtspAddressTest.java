package org.xueliang.ingest.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtspAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rtsp://10.0.0.5/x                                    | 10.0.0.5      | 554",
        "rtsp://10.0.0.5:8554/live/ch1?subtype=0              | 10.0.0.5      | 8554",
        "RTSP://Cam-7.example.org                             | Cam-7.example.org | 554",
        "rtsps://cam.example.org/x                            | cam.example.org | 322",
        "rtsp://admin:p@ss:w0rd@192.168.1.64:554/Streaming/1  | 192.168.1.64  | 554",
        "rtsp://admin@192.168.1.64/h264                       | 192.168.1.64  | 554",
        "rtsp://[fe80::1%eth0]:10554/x                        | fe80::1%eth0  | 10554",
        "rtsp://[::1]/x                                       | ::1           | 554",
    })
    void parsesHostAndPort(String url, String host, int port) {
        assertThat(RtspAddress.parse(url)).isEqualTo(new RtspAddress(host, port));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://cam/x                         | invalid url: expected rtsp:// or rtsps:// in http://cam/x",
        "rtsp://%%%garbage/x                  | invalid url: bad host '%%%garbage' in rtsp://%%%garbage/x",
        "rtsp://                              | invalid url: bad host '' in rtsp://",
        "rtsp://u:secret@cam:99999/x          | invalid url: port must be 1 to 65535, got '99999' in rtsp://u:***@cam:99999/x",
        "rtsp://u:secret@cam:abc/x            | invalid url: port must be 1 to 65535, got 'abc' in rtsp://u:***@cam:abc/x",
        "rtsp://[zz::1]/x                     | invalid url: bad IPv6 host in rtsp://[zz::1]/x",
    })
    void rejectsWithMaskedMessages(String url, String message) {
        assertThatThrownBy(() -> RtspAddress.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }
}
