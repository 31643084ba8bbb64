package org.xueliang.simulator.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SipAddressTest {

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("<sip:34020000001320000001@3402000000>;tag=abc", "34020000001320000001", "3402000000", -1, "abc"),
                Arguments.of("\"cam\" <sip:34020000001320000001@192.168.1.64:5060;transport=udp>", "34020000001320000001",
                        "192.168.1.64", 5060, null),
                Arguments.of("sip:34020000002000000001@10.0.0.1:15060;tag=x;expires=60", "34020000002000000001",
                        "10.0.0.1", 15060, "x"),
                Arguments.of("<sip:10.0.0.2>", "", "10.0.0.2", -1, null));
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void parsesUserHostPortAndTag(String text, String user, String host, int port, String tag) {
        SipAddress address = SipAddress.parse(text);
        assertThat(address.user()).isEqualTo(user);
        assertThat(address.host()).isEqualTo(host);
        assertThat(address.port()).isEqualTo(port);
        assertThat(address.tag().orElse(null)).isEqualTo(tag);
    }

    @ParameterizedTest
    @MethodSource("bad")
    void rejectsBadAddresses(String text, String reason) {
        assertThatThrownBy(() -> SipAddress.parse(text)).isInstanceOf(SipProtocolException.class).hasMessageContaining(reason);
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of("<sip:a@b", "without '>'"),
                Arguments.of("<tel:123>", "must start with sip:"),
                Arguments.of("<sip:a@b:port>", "is not a number"));
    }
}
