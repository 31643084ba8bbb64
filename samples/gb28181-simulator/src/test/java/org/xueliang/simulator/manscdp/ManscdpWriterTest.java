package org.xueliang.simulator.manscdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManscdpWriterTest {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private final ManscdpWriter writer = new ManscdpWriter(GB2312);

    @Test
    void keepaliveIsAGb2312NotifyWithMatchingProlog() {
        byte[] body = writer.keepalive("34020000001320000001", 9);
        String text = new String(body, GB2312);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"GB2312\"?>\r\n<Notify>\r\n");
        ManscdpMessage read = new ManscdpReader().read(body);
        assertThat(read.cmdType()).isEqualTo("Keepalive");
        assertThat(read.sn()).isEqualTo(9);
        assertThat(read.deviceId()).isEqualTo("34020000001320000001");
        assertThat(read.field("Status")).contains("OK");
    }

    @Test
    void chineseNamesAreEncodedAsGb2312Bytes() {
        CatalogItem item = new CatalogItem("34020000001310000001", "东门口1号 & <北>", "Xueliang", "M", "Owner", "340200",
                "雪亮县东门口", "34020000001320000001", true, 116.3, 39.9, 3);
        byte[] body = writer.catalogResponse("34020000001320000001", 3, 7, List.of(item));
        byte[] gbName = "东门口1号".getBytes(GB2312);
        assertThat(indexOf(body, gbName)).isPositive();
        assertThat(indexOf(body, "东门口1号".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        String text = new String(body, GB2312);
        assertThat(text).contains("<SumNum>7</SumNum>", "<DeviceList Num=\"1\">", "<Name>东门口1号 &amp; &lt;北&gt;</Name>",
                "<Status>ON</Status>", "<Longitude>116.300000</Longitude>", "<PTZType>3</PTZType>");
    }

    @Test
    void alarmCarriesPriorityMethodTimeAndType() {
        AlarmNotice alarm = new AlarmNotice("34020000001310000001", 1, 5, 2, LocalDateTime.of(2024, 5, 1, 8, 30, 5),
                "区域入侵", 116.3, 39.9);
        ManscdpMessage read = new ManscdpReader().read(writer.alarm(11, alarm));
        assertThat(read.root()).isEqualTo("Notify");
        assertThat(read.cmdType()).isEqualTo("Alarm");
        assertThat(read.field("AlarmPriority")).contains("1");
        assertThat(read.field("AlarmMethod")).contains("5");
        assertThat(read.field("AlarmTime")).contains("2024-05-01T08:30:05");
        assertThat(read.field("AlarmDescription")).contains("区域入侵");
        assertThat(read.field("Info")).contains("2");
    }

    @Test
    void utf8WriterDeclaresUtf8() {
        byte[] body = new ManscdpWriter(StandardCharsets.UTF_8).deviceStatus("1", 1, LocalDateTime.of(2024, 1, 2, 3, 4, 5));
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<Online>ONLINE</Online>", "<DeviceTime>2024-01-02T03:04:05</DeviceTime>");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
