package org.xueliang.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManscdpWriterTest {
    private static final Charset GB2312 = Charset.forName("GB2312");

    @Test
    void catalogQueryInGb2312() {
        byte[] body = ManscdpWriter.catalogQuery(17, "34020000001320000001", GB2312);

        assertThat(new String(body, GB2312)).isEqualTo("""
                <?xml version="1.0" encoding="GB2312"?>\r
                <Query>\r
                <CmdType>Catalog</CmdType>\r
                <SN>17</SN>\r
                <DeviceID>34020000001320000001</DeviceID>\r
                </Query>\r
                """);
    }

    @Test
    void ptzControlCarriesTheCommandAndALowControlPriority() {
        byte[] body = ManscdpWriter.ptzControl(5, "34020000001310000001", "A50F0108FF0000BB", StandardCharsets.UTF_8);

        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>\r
                <Control>\r
                <CmdType>DeviceControl</CmdType>\r
                <SN>5</SN>\r
                <DeviceID>34020000001310000001</DeviceID>\r
                <PTZCmd>A50F0108FF0000BB</PTZCmd>\r
                <Info>\r
                <ControlPriority>5</ControlPriority>\r
                </Info>\r
                </Control>\r
                """);
    }

    @Test
    void alarmResponseAndSubscriptions() {
        assertThat(text(ManscdpWriter.alarmResponse(220, "34020000001340000001", GB2312)))
                .contains("<Response>", "<CmdType>Alarm</CmdType>", "<SN>220</SN>", "<Result>OK</Result>");
        assertThat(ManscdpParser.parse(ManscdpWriter.alarmSubscription(3, "34020000001180000001", GB2312), null))
                .isEqualTo(new AlarmQuery(3, "34020000001180000001", 1, 4, "0", null, null));
        assertThat(ManscdpParser.parse(ManscdpWriter.catalogSubscription(4, "34020000001180000001", GB2312), null))
                .isEqualTo(new CatalogQuery(4, "34020000001180000001"));
        assertThat(ManscdpParser.parse(ManscdpWriter.mobilePositionSubscription(5, "34020000001180000001", 10, GB2312),
                null)).isEqualTo(new MobilePositionQuery(5, "34020000001180000001", 10));
        assertThat(ManscdpParser.parse(ManscdpWriter.deviceInfoQuery(6, "34020000001180000001", GB2312), null))
                .isEqualTo(new DeviceInfoQuery(6, "34020000001180000001"));
        assertThat(ManscdpParser.parse(ManscdpWriter.deviceStatusQuery(7, "34020000001180000001", GB2312), null))
                .isEqualTo(new DeviceStatusQuery(7, "34020000001180000001"));
    }

    @Test
    void namesAreEncodedInTheDevicesCharsetAndEscaped() {
        CatalogResponse response = new CatalogResponse(1, "34020000001180000001", 1,
                List.of(CatalogItem.of("34020000001310000001", "东门&南门 <1>", "ON")));

        byte[] body = ManscdpWriter.write(response, GB2312);

        assertThat(text(body)).contains("<Name>东门&amp;南门 &lt;1&gt;</Name>");
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("东门");
    }

    @Test
    void charactersOutsideGb2312BecomeCharacterReferences() {
        // 喆 (U+5586) exists in GBK but not in GB2312.
        byte[] body = ManscdpWriter.write(new DeviceInfoResponse(1, "34020000001320000001", "OK", "王喆", null, null,
                null, null), GB2312);

        assertThat(text(body)).contains("<DeviceName>王&#21894;</DeviceName>");
        assertThat(((DeviceInfoResponse) ManscdpParser.parse(body, null)).deviceName()).isEqualTo("王喆");
    }

    @Test
    void coordinatesAreWrittenWithoutExponent() {
        byte[] body = ManscdpWriter.write(new AlarmNotify(1, "34020000001340000001", 1, 5, null, null, 0.00001, 31.5,
                null), GB2312);

        assertThat(text(body)).contains("<Longitude>0.00001</Longitude>", "<Latitude>31.5</Latitude>");
    }

    private static String text(byte[] body) {
        return new String(body, BodyCharset.GB18030);
    }
}
