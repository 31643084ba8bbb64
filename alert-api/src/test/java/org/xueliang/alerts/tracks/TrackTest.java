package org.xueliang.alerts.tracks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackTest {
    @ParameterizedTest(name = "{0} degrees read {1}")
    @CsvSource({
        "0, up", "22.4, up", "22.5, up-right", "45, up-right", "90, right", "135, down-right", "180, down",
        "225, down-left", "270, left", "315, up-left", "337.4, up-left", "337.5, up", "359.9, up", "360, up",
        "-90, left", "450, right"})
    void namesTheHeadingAsThePictureShowsIt(double degrees, String heading) {
        Track track = new Track(1, "gate", 1, "person", TrackFixtures.T0, TrackFixtures.T0, List.of(), 0, degrees,
                "red", null, null, 0, List.of());

        assertThat(track.heading()).isEqualTo(heading);
    }
}
