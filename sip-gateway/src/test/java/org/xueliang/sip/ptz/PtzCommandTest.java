package org.xueliang.sip.ptz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PtzCommandTest {

    // Checksums computed apart from the code, e.g. for the second row:
    //   s=0; for b in A5 0F 01 01 80 00 00; do s=$((s+0x$b)); done; printf '%02X\n' $((s%256))  -> 36
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of(PtzCommand.stop(), "A50F0100000000B5"),
                Arguments.of(PtzCommand.move(Pan.RIGHT, Tilt.NONE, Zoom.NONE, 0x80, 0, 0), "A50F010180000036"),
                Arguments.of(PtzCommand.move(Pan.NONE, Tilt.UP, Zoom.NONE, 0, 0xFF, 0), "A50F010800FF00BC"),
                Arguments.of(PtzCommand.move(Pan.NONE, Tilt.NONE, Zoom.IN, 0, 0, 15), "A50F01100000F0B5"),
                Arguments.of(PtzCommand.move(Pan.LEFT, Tilt.UP, Zoom.NONE, 0x40, 0x30, 0).withAddress(0x123),
                        "A50F230A40300152"),
                Arguments.of(PtzCommand.move(Pan.LEFT, Tilt.DOWN, Zoom.OUT, 0xFF, 0x10, 0xA).withAddress(0xFFF),
                        "A50FFF26FF10AF97"),
                Arguments.of(PtzCommand.presetSet(255), "A50F018100FF0035"),
                Arguments.of(PtzCommand.presetCall(3), "A50F01820003003A"),
                Arguments.of(PtzCommand.presetDelete(1), "A50F018300010039"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("vectors")
    void encodesWithChecksum(PtzCommand command, String hex) {
        assertThat(command.toHex()).isEqualTo(hex);
        assertThat(PtzCommand.decode(hex)).isEqualTo(command);
        assertThat(PtzCommand.decode(hex.toLowerCase())).isEqualTo(command);
    }

    @Test
    void decodedCommandsSayWhatTheyDo() {
        PtzCommand diagonal = PtzCommand.decode("A50FFF26FF10AF97");

        assertThat(diagonal.pan()).isEqualTo(Pan.LEFT);
        assertThat(diagonal.tilt()).isEqualTo(Tilt.DOWN);
        assertThat(diagonal.zoom()).isEqualTo(Zoom.OUT);
        assertThat(diagonal.address()).isEqualTo(0xFFF);
        assertThat(diagonal.data3()).isEqualTo(0xA);
        assertThat(PtzCommand.decode("A50F0100000000B5").isStop()).isTrue();
        PtzCommand preset = PtzCommand.decode("A50F01820003003A");
        assertThat(preset.isPreset()).isTrue();
        assertThat(preset.data2()).isEqualTo(3);
        assertThat(preset.pan()).isEqualTo(Pan.NONE);
    }

    @Test
    void everyMovementRoundTrips() {
        Random random = new Random(11);
        for (Pan pan : Pan.values()) {
            for (Tilt tilt : Tilt.values()) {
                for (Zoom zoom : Zoom.values()) {
                    PtzCommand command = PtzCommand.move(pan, tilt, zoom, random.nextInt(256), random.nextInt(256),
                            random.nextInt(16)).withAddress(random.nextInt(4096));
                    PtzCommand decoded = PtzCommand.decode(command.toHex());

                    assertThat(decoded).isEqualTo(command);
                    assertThat(decoded.pan()).isEqualTo(pan);
                    assertThat(decoded.tilt()).isEqualTo(tilt);
                    assertThat(decoded.zoom()).isEqualTo(zoom);
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A50F0100000000B6   | PTZCmd checksum must be B5, got B6",
        "A40F0100000000B4   | PTZCmd must start with A50F, got A40F",
        "A50F0100000000     | PTZCmd must be 16 hex digits, got \"A50F0100000000\"",
        "A50F01000000G0B5   | PTZCmd must be 16 hex digits, got \"A50F01000000G0B5\"",
    })
    void refusesBrokenCommands(String hex, String message) {
        assertThatThrownBy(() -> PtzCommand.decode(hex)).isInstanceOf(PtzParseException.class).hasMessage(message);
    }

    @Test
    void refusesOutOfRangeValues() {
        assertThatThrownBy(() -> PtzCommand.move(Pan.LEFT, Tilt.NONE, Zoom.IN, 10, 0, 16))
                .hasMessage("PTZ zoom speed must be 0 to 15, got 16");
        assertThatThrownBy(() -> PtzCommand.presetCall(0)).hasMessage("preset number must be 1 to 255, got 0");
        assertThatThrownBy(() -> PtzCommand.stop().withAddress(4096)).hasMessage("PTZ address must be 0 to 4095, got 4096");
    }
}
