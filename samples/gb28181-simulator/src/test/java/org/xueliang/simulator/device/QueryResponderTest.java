package org.xueliang.simulator.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xueliang.simulator.manscdp.ManscdpReader;
import org.xueliang.simulator.manscdp.ManscdpWriter;

class QueryResponderTest {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Pattern ITEM_ID = Pattern.compile("<Item>\\s*<DeviceID>(\\d{20})</DeviceID>\\s*<Name>([^<]+)</Name>");

    private static QueryResponder responder(int channels, int perMessage) {
        DeviceIdentity identity = DeviceIds.fleet("34020000001320000001", 1, channels).get(0);
        return new QueryResponder(identity, new ManscdpWriter(GB2312), perMessage);
    }

    @Test
    void catalogOfFiveChannelsTwoPerMessageIsThreePacketsWithSumNumFive() {
        List<byte[]> packets = responder(5, 2).catalog(42);
        assertThat(packets).hasSize(3);
        List<Integer> counts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        for (byte[] packet : packets) {
            String text = new String(packet, GB2312);
            assertThat(new ManscdpReader().read(packet).sn()).isEqualTo(42);
            assertThat(text).contains("<SumNum>5</SumNum>", "<CmdType>Catalog</CmdType>");
            Matcher matcher = ITEM_ID.matcher(text);
            int count = 0;
            while (matcher.find()) {
                count++;
                names.add(matcher.group(2));
            }
            assertThat(text).contains("<DeviceList Num=\"" + count + "\">");
            counts.add(count);
        }
        assertThat(counts).containsExactly(2, 2, 1);
        assertThat(names).containsExactly("东门口1号", "西门口1号", "南大街1号", "北广场1号", "学校正门1号");
    }

    @Test
    void deviceWithoutChannelsStillAnswersOnce() {
        List<byte[]> packets = responder(0, 2).catalog(1);
        assertThat(packets).hasSize(1);
        assertThat(new String(packets.get(0), GB2312)).contains("<SumNum>0</SumNum>", "<DeviceList Num=\"0\">");
    }

    @Test
    void deviceInfoAndStatusDescribeTheDevice() {
        QueryResponder responder = responder(3, 2);
        assertThat(new ManscdpReader().read(responder.deviceInfo(7)).field("Channel")).contains("3");
        assertThat(new ManscdpReader().read(responder.deviceStatus(8, LocalDateTime.of(2024, 5, 1, 0, 0)))
                .field("DeviceTime")).contains("2024-05-01T00:00:00");
    }
}
