package org.xueliang.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GbIdTest {

    @ParameterizedTest
    @CsvSource({
        // id,                  centre,   industry, type, network,          serial, kind
        "34020000001320000001, 34020000, 00, 132, OTHER,            000001, IP_CAMERA",
        "34020000002008000001, 34020000, 00, 200, SOCIAL_RESOURCES, 000001, SIGNALLING_SERVER",
        "44030501001185000123, 44030501, 00, 118, PUBLIC_SECURITY,  000123, NVR",
        "11010000001316000042, 11010000, 00, 131, GOVERNMENT,       000042, CAMERA",
        "32058300002157000007, 32058300, 00, 215, INTERNET,         000007, BUSINESS_GROUP",
        "32058300001399000007, 32058300, 00, 139, OTHER,            000007, OTHER",
    })
    void splitsIdentifierIntoItsFields(String id, String centre, String industry, int type, GbNetwork network,
                                       String serial, GbDeviceType kind) {
        GbId gbId = GbId.parse(id);

        assertThat(gbId.centreCode()).isEqualTo(centre);
        assertThat(gbId.industry()).isEqualTo(industry);
        assertThat(gbId.typeCode()).isEqualTo(type);
        assertThat(gbId.network()).isEqualTo(network);
        assertThat(gbId.serial()).isEqualTo(serial);
        assertThat(gbId.type()).isEqualTo(kind);
        assertThat(gbId.domain()).isEqualTo(id.substring(0, 10));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3402000000132000000   | GB28181 ID must be 20 digits, got 19 characters \"3402000000132000000\"",
        "340200000013200000011 | GB28181 ID must be 20 digits, got 21 characters \"340200000013200000011\"",
        "3402000000132000000A  | GB28181 ID must be 20 digits, got 'A' at position 20 of \"3402000000132000000A\"",
        "34020000 01320000001  | GB28181 ID must be 20 digits, got ' ' at position 9 of \"34020000 01320000001\"",
    })
    void refusesMalformedIdentifiers(String id, String message) {
        assertThatThrownBy(() -> GbId.parse(id)).isInstanceOf(InvalidGbIdException.class).hasMessage(message);
    }

    @org.junit.jupiter.api.Test
    void videoCarryingTypes() {
        assertThat(GbId.parse("34020000001320000001").type().carriesVideo()).isTrue();
        assertThat(GbId.parse("34020000001340000001").type().carriesVideo()).isFalse();
        assertThat(GbId.parse("34020000002000000001").type().carriesVideo()).isFalse();
    }
}
