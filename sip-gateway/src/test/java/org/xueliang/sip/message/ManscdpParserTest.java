package org.xueliang.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManscdpParserTest {
    private static final String NVR = "34020000001180000001";

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("keepalive/keepalive.xml", new Keepalive(43, "34020000001320000001", "OK")),
                Arguments.of("case-variants/keepalive.xml", new Keepalive(44, "34020000001320000001", "OK")),
                Arguments.of("catalog-3-packets/1.xml", new CatalogResponse(17430, NVR, 5, List.of(
                        new CatalogItem("34020000001310000001", "东门入口", "Hikvision", "DS-2CD3T46", "Owner", "340200",
                                null, "东门", 0, NVR, null, 1, 0, null, null, "ON", 117.2272, 31.8206, 3),
                        new CatalogItem("34020000001310000002", "西门广场", "Hikvision", "DS-2DE4425", "Owner", "340200",
                                null, "西门", 0, NVR, null, 1, 0, null, null, "ON", 117.2251, 31.8199, 1)))),
                Arguments.of("catalog-3-packets/2.xml", new CatalogResponse(17430, NVR, 5, List.of(
                        new CatalogItem("34020000001310000003", "学校门口", "Dahua", "IPC-HFW", null, "340200",
                                null, null, 0, NVR, null, null, null, null, null, "OFF", null, null, null),
                        new CatalogItem("34020000001310000004", "烟花仓库", "Dahua", "IPC-HFW", null, "340200",
                                null, null, 0, NVR, null, null, null, null, null, "ON", null, null, null)))),
                Arguments.of("catalog-3-packets/3.xml", new CatalogResponse(17430, NVR, 5, List.of(
                        new CatalogItem("34020000001340000001", "仓库红外报警", "Hikvision", "DS-PD1", null, "340200",
                                null, null, 0, NVR, null, null, null, null, null, "ON", null, null, null)))),
                Arguments.of("gb2312-names/catalog.xml", gb2312Catalog()),
                Arguments.of("gb2312-names/catalog-no-prolog.xml", gb2312Catalog()),
                Arguments.of("gbk-declared-gb2312/device-info.xml", new DeviceInfoResponse(31, "34020000001320000011",
                        "OK", "王喆镕家门口", "Hikvision", "DS-2CD2T", "V5.5.0 build 180718", 1)),
                Arguments.of("utf8-prolog/catalog.xml", new CatalogResponse(9, "34020000001320000012", 1, List.of(
                        new CatalogItem("34020000001320000012", "镇口卡口—北向", "华为", null, null, null, null, null, 0,
                                "34020000002000000001", null, null, null, null, null, "ON", null, null, null)))),
                Arguments.of("unescaped-ampersand/catalog.xml", new CatalogResponse(10, "34020000001180000002", 2,
                        List.of(new CatalogItem("34020000001310000021", "东门&南门", "A&B Security & Co 东", null, null,
                                        null, null, null, null, null, null, null, null, null, null, "ON", null, null, null),
                                CatalogItem.of("34020000001310000022", "R&D 楼 & 食堂 <1>", "OFF")))),
                Arguments.of("alarm-notify/intrusion.xml", new AlarmNotify(220, "34020000001340000001", 1, 5,
                        LocalDateTime.of(2024, 5, 1, 23, 41, 7), "区域入侵", 117.2272, 31.8206, 6)),
                Arguments.of("alarm-notify/minimal.xml", new AlarmNotify(221, "34020000001340000002", 4, 2,
                        LocalDateTime.of(2024, 5, 1, 23, 45, 0, 250_000_000), null, null, null, null)),
                Arguments.of("device-info/response.xml", new DeviceInfoResponse(31, NVR, "OK", "NVR-01", "Hikvision",
                        "DS-7808N", "V4.1.25", 8)),
                Arguments.of("device-status/response.xml", new DeviceStatusResponse(32, NVR, "OK", "ONLINE", "OK", "OFF",
                        List.of(new AlarmInputStatus("34020000001340000001", "ONDUTY"),
                                new AlarmInputStatus("34020000001340000002", "ALARM")))),
                Arguments.of("unknown-cmdtype/record-info.xml",
                        new UnknownMessage(ManscdpRoot.RESPONSE, "RecordInfo", 55, "34020000001310000001")),
                Arguments.of("unknown-cmdtype/mobile-position.xml",
                        new UnknownMessage(ManscdpRoot.NOTIFY, "MobilePosition", -1, "34020000001320000005")),
                Arguments.of("xxe/entity-without-doctype.xml", new Keepalive(1, "34020000001320000001", "&xxe;")));
    }

    private static CatalogResponse gb2312Catalog() {
        return new CatalogResponse(8, "34020000001320000010", 1, List.of(new CatalogItem("34020000001320000010",
                "雪亮工程-十字路口东南角", "宇视", "IPC322", "综治中心", "3402000000", null, "安徽省芜湖市人民路与中山路交叉口", 0,
                "34020000002000000001", null, null, null, null, null, "ON", 118.3765, 31.3263, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void parsesFixture(String fixture, ManscdpMessage expected) {
        assertThat(ManscdpParser.parse(Fixtures.bytes(fixture), null)).isEqualTo(expected);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("malformed/no-cmdtype.xml", "MANSCDP body: <Notify> has no CmdType"),
                Arguments.of("malformed/wrong-root.xml",
                        "MANSCDP body: root element must be Query, Notify, Response or Control, got <Message>"),
                Arguments.of("malformed/sumnum-not-a-number.xml", "Catalog response: SumNum must be a number, got \"x\""),
                Arguments.of("malformed/sn-missing.xml", "Keepalive: SN is missing"),
                Arguments.of("malformed/item-without-deviceid.xml", "Catalog response Item 2: DeviceID is missing"),
                Arguments.of("malformed/alarm-priority-out-of-range.xml",
                        "Alarm notify: AlarmPriority must be 1 to 4, got 9"),
                Arguments.of("malformed/empty.xml", "MANSCDP body: empty"),
                Arguments.of("xxe/external-entity.xml", "MANSCDP body: DOCTYPE is not allowed"),
                Arguments.of("xxe/parameter-entity.xml", "MANSCDP body: DOCTYPE is not allowed"),
                Arguments.of("xxe/billion-laughs.xml", "MANSCDP body: DOCTYPE is not allowed"),
                Arguments.of("xxe/external-dtd.xml", "MANSCDP body: DOCTYPE is not allowed"),
                Arguments.of("xxe/bad-char-in-dtd.xml", "MANSCDP body: DOCTYPE is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesWithExactMessage(String fixture, String message) {
        assertThatThrownBy(() -> ManscdpParser.parse(Fixtures.bytes(fixture), null))
                .isInstanceOf(ManscdpParseException.class).hasMessage(message);
    }

    static Stream<Arguments> notWellFormed() {
        return Stream.of(
                Arguments.of("malformed/unclosed-tag.xml", "line 4, column 43",
                        "\"DeviceID\" must be terminated by the matching end-tag \"</DeviceID>\""),
                Arguments.of("malformed/truncated.xml", "line 9, column 24", "XML document structures must start and end"),
                Arguments.of("malformed/not-xml.xml", "line 1, column 1", "Content is not allowed in prolog"),
                Arguments.of("malformed/two-roots.xml", "line 2, column 2", "following the root element must be well-formed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWellFormed")
    void reportsWhereTheXmlBreaks(String fixture, String where, String detail) {
        assertThatThrownBy(() -> ManscdpParser.parse(Fixtures.bytes(fixture), null))
                .isInstanceOf(ManscdpParseException.class)
                .hasMessageStartingWith("MANSCDP body: malformed XML at " + where + ": ")
                .hasMessageContaining(detail);
    }

    @Test
    void gb2312FixturesReallyAreGb2312Bytes() {
        // The fixture is only a charset test if its bytes are not also valid UTF-8.
        for (String fixture : List.of("gb2312-names/catalog.xml", "gb2312-names/catalog-no-prolog.xml",
                "catalog-3-packets/1.xml", "gbk-declared-gb2312/device-info.xml")) {
            assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Fixtures.bytes(fixture))))
                    .as(fixture).isInstanceOf(CharacterCodingException.class);
        }
    }

    @Test
    void undeclaredUtf8IsRecognisedWithoutAHint() {
        byte[] body = "<Notify><CmdType>Keepalive</CmdType><SN>3</SN><DeviceID>摄像机</DeviceID></Notify>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ManscdpParser.parse(body, null).deviceId()).isEqualTo("摄像机");
        assertThat(ManscdpParser.parse(body, StandardCharsets.UTF_8).deviceId()).isEqualTo("摄像机");
    }

    @Test
    void bytesBrokenInTheHintedCharsetDoNotBreakTheXml() {
        // UTF-8 read as GB18030 (the hint wins) ends "机" with a lead byte right before '<':
        // the name becomes nonsense but the element must still close.
        byte[] body = "<Notify><CmdType>Keepalive</CmdType><SN>3</SN><DeviceID>摄像机</DeviceID></Notify>"
                .getBytes(StandardCharsets.UTF_8);

        ManscdpMessage message = ManscdpParser.parse(body, Charset.forName("GB2312"));

        assertThat(message.sn()).isEqualTo(3);
        assertThat(message.deviceId()).isNotEqualTo("摄像机").endsWith("\uFFFD");
    }

    @Test
    void gb2312TextIsNotMistakenForUtf8() {
        assertThat(BodyCharset.detect(Fixtures.bytes("gb2312-names/catalog-no-prolog.xml"), null))
                .isEqualTo(BodyCharset.GB18030);
        assertThat(BodyCharset.detect("<a>东门</a>".getBytes(Charset.forName("GB2312")), null))
                .isEqualTo(BodyCharset.GB18030);
    }

    @Test
    void utf8ByteOrderMarkWins() {
        byte[] body = ("\uFEFF<?xml version=\"1.0\"?><Notify><CmdType>Keepalive</CmdType><SN>3</SN>"
                + "<DeviceID>东门</DeviceID></Notify>").getBytes(StandardCharsets.UTF_8);

        assertThat(ManscdpParser.parse(body, null).deviceId()).isEqualTo("东门");
    }

    @Test
    void externalEntityIsNotResolvedEvenWhenTheFileExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-4711");
        String body = "<?xml version=\"1.0\"?>\n<!DOCTYPE Notify [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Notify><CmdType>Keepalive</CmdType><SN>1</SN><DeviceID>&s;</DeviceID></Notify>";

        assertThatThrownBy(() -> ManscdpParser.parse(body.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ManscdpParseException.class)
                .hasMessage("MANSCDP body: DOCTYPE is not allowed")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void elementsNestedTooDeepAreRefused() {
        String body = "<Notify><CmdType>Keepalive</CmdType>" + "<a>".repeat(40) + "</a>".repeat(40) + "</Notify>";

        assertThatThrownBy(() -> ManscdpParser.parse(body.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ManscdpParseException.class)
                .hasMessageStartingWith("MANSCDP body: elements nested deeper than 32 levels at line 1");
    }

    @Test
    void responseWithOnlyAResultIsGeneric() {
        String body = "<Response><CmdType>DeviceControl</CmdType><SN>9</SN><DeviceID>34020000001320000001</DeviceID>"
                + "<Result>ERROR</Result></Response>";

        ManscdpMessage message = ManscdpParser.parse(body);

        assertThat(message).isEqualTo(new GenericResponse("DeviceControl", 9, "34020000001320000001", "ERROR"));
        assertThat(((GenericResponse) message).isOk()).isFalse();
    }

    @Test
    void unreadableCoordinatesOfAnItemAreDroppedNotTheCatalog() {
        String body = "<Response><CmdType>Catalog</CmdType><SN>1</SN><DeviceID>" + NVR + "</DeviceID><SumNum>1</SumNum>"
                + "<DeviceList Num=\"1\"><Item><DeviceID>34020000001310000001</DeviceID><Longitude>E117</Longitude>"
                + "<Latitude>31.5</Latitude><Port>none</Port><PTZType>2</PTZType></Item></DeviceList></Response>";

        CatalogItem item = ((CatalogResponse) ManscdpParser.parse(body)).items().get(0);

        assertThat(item.longitude()).isNull();
        assertThat(item.latitude()).isEqualTo(31.5);
        assertThat(item.port()).isNull();
        assertThat(item.ptzType()).isEqualTo(2);
    }

    @Test
    void negativeSnIsRefused() {
        String body = "<Notify><CmdType>Keepalive</CmdType><SN>-4</SN><DeviceID>x</DeviceID></Notify>";

        assertThatThrownBy(() -> ManscdpParser.parse(body)).isInstanceOf(ManscdpParseException.class)
                .hasMessage("Keepalive: SN must not be negative, got -4");
    }
}
