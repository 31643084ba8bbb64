package org.xueliang.server.gb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.alerts.gb.PtzRequest;

/** The API's PTZ actions as the 8 bytes a device receives; checksums worked out by hand. */
class PtzCommandsTest {

    @ParameterizedTest(name = "{0} speed {1} preset {2}")
    @CsvSource({
        // A5 0F addr instr pan tilt zoom<<4 sum
        "left,          128, ,  A50F010280000037",
        "upright,       64,  ,  A50F01094040003E",
        "down,          16,  ,  A50F0104001000C9",
        "zoomin,        255, ,  A50F01100000F0B5",
        "zoomout,       32,  ,  A50F0120000020F5",
        "stop,          128, ,  A50F0100000000B5",
        "preset-call,   128, 3, A50F01820003003A",
        "preset-set,    128, 7, A50F01810007003D",
    })
    void mapsActionsToCommandBytes(String action, int speed, Integer preset, String hex) {
        assertThat(PtzCommands.of(new PtzRequest(action, speed, preset)).toHex()).isEqualTo(hex);
    }
}
