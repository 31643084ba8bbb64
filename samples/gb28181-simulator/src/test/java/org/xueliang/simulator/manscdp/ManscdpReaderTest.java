package org.xueliang.simulator.manscdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManscdpReaderTest {

    private static final Charset GB2312 = Charset.forName("GB2312");
    private final ManscdpReader reader = new ManscdpReader();

    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("<?xml version=\"1.0\" encoding=\"GB2312\"?>\r\n<Query>\r\n<CmdType>Catalog</CmdType>\r\n"
                        + "<SN>17</SN>\r\n<DeviceID>34020000001320000001</DeviceID>\r\n</Query>", GB2312, "Query", "Catalog", 17L),
                Arguments.of("<?xml version=\"1.0\"?><Query><CmdType>DeviceInfo</CmdType><SN>2</SN>"
                        + "<DeviceID>34020000001320000001</DeviceID></Query>", StandardCharsets.US_ASCII, "Query", "DeviceInfo", 2L),
                Arguments.of("<Query><CmdType>DeviceStatus</CmdType><SN>3</SN><DeviceID>34020000001320000001</DeviceID></Query>",
                        StandardCharsets.US_ASCII, "Query", "DeviceStatus", 3L),
                Arguments.of("<Control><CmdType>DeviceControl</CmdType><SN>4</SN><DeviceID>34020000001310000001</DeviceID>"
                        + "<PTZCmd>A50F010800FA00B7</PTZCmd></Control>", StandardCharsets.US_ASCII, "Control", "DeviceControl", 4L));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void readsRootCmdTypeAndSn(String xml, Charset charset, String root, String cmdType, long sn) {
        ManscdpMessage message = reader.read(xml.getBytes(charset));
        assertThat(message.root()).isEqualTo(root);
        assertThat(message.cmdType()).isEqualTo(cmdType);
        assertThat(message.sn()).isEqualTo(sn);
        assertThat(message.deviceId()).startsWith("3402000000");
    }

    @Test
    void decodesGbBodiesAsGb18030AndUtf8BodiesAsUtf8() {
        String gb = "<?xml version=\"1.0\" encoding=\"GB2312\"?><Notify><CmdType>Alarm</CmdType><SN>1</SN>"
                + "<DeviceID>1</DeviceID><AlarmDescription>东门口1号</AlarmDescription></Notify>";
        assertThat(reader.read(gb.getBytes(GB2312)).field("AlarmDescription")).contains("东门口1号");
        String utf8 = gb.replace("GB2312", "UTF-8");
        assertThat(reader.read(utf8.getBytes(StandardCharsets.UTF_8)).field("AlarmDescription")).contains("东门口1号");
    }

    @Test
    void toleratesAnUnescapedAmpersand() {
        String xml = "<Response><CmdType>Alarm</CmdType><SN>5</SN><DeviceID>1</DeviceID><Note>A & B &amp; C</Note></Response>";
        assertThat(reader.read(xml.getBytes(StandardCharsets.US_ASCII)).field("Note")).contains("A & B & C");
    }

    @Test
    void refusesDtdsSoExternalEntitiesCannotBeRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Query><CmdType>&x;</CmdType><SN>1</SN></Query>";
        assertThatThrownBy(() -> reader.read(xxe.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(ManscdpException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void namesWhatIsMissingOrBroken() {
        assertThatThrownBy(() -> reader.read("<Query><SN>1</SN></Query>".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("<Query> has no <CmdType>");
        assertThatThrownBy(() -> reader.read("<Query><CmdType>Catalog".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> reader.read("<Query><CmdType>Catalog</CmdType><SN>x</SN></Query>"
                .getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("<SN> must be an integer, got 'x'");
    }
}
