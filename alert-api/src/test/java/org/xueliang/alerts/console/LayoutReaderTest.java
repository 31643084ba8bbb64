package org.xueliang.alerts.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.channel.FieldError;

/** Layout bodies: every problem is reported with its path, valid ones read back unchanged. */
class LayoutReaderTest {
    private static final Set<String> VISIBLE = Set.of("gate", "school", "market", "bridge", "yard");

    private static List<FieldError> errorsOf(String json) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Layout layout = LayoutReader.read(new ObjectMapper().readTree(json), VISIBLE::contains, errors);
        assertThat(layout == null).as("layout returned only without errors").isEqualTo(!errors.isEmpty());
        return errors;
    }

    @Test
    void readsAFullLayout() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Layout layout = LayoutReader.read(new ObjectMapper().readTree("{\"tiles\":4,\"channels\":[\"gate\",\"school\"],"
                + "\"overlay\":false,\"tour\":{\"channels\":[\"market\",\"bridge\"],\"intervalSeconds\":30}}"),
                VISIBLE::contains, errors);
        assertThat(errors).isEmpty();
        assertThat(layout).isEqualTo(new Layout(4, List.of("gate", "school"), false,
                new Layout.Tour(List.of("market", "bridge"), 30)));
        assertThat(LayoutJson.read(LayoutJson.write(layout))).isEqualTo(layout);
    }

    @Test
    void defaultsOverlayOnAndNoTour() throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Layout layout = LayoutReader.read(new ObjectMapper().readTree("{\"tiles\":1,\"channels\":[]}"),
                VISIBLE::contains, errors);
        assertThat(layout).isEqualTo(new Layout(1, List.of(), true, null));
    }

    @Test
    void theDefaultWallShowsTheFirstFourChannels() {
        assertThat(Layout.defaultFor(List.of("a", "b", "c", "d", "e"))).isEqualTo(
                new Layout(4, List.of("a", "b", "c", "d"), true, null));
        assertThat(Layout.defaultFor(List.of("a"))).isEqualTo(new Layout(4, List.of("a"), true, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"tiles\":5,\"channels\":[]}|tiles: must be one of [1, 4, 9, 16], got 5",
        "{\"tiles\":4.5,\"channels\":[]}|tiles: must be a whole number, got 4.5",
        "{\"channels\":[]}|tiles: is required, one of [1, 4, 9, 16]",
        "{\"tiles\":1,\"channels\":[\"gate\",\"school\"]}|channels: must list at most 1 channels (one per tile), got 2",
        "{\"tiles\":4,\"channels\":[\"gate\",\"gate\"]}|channels[1]: channel \"gate\" is listed twice",
        "{\"tiles\":4,\"channels\":[\"hidden\"]}|channels[0]: no channel \"hidden\" that you may watch",
        "{\"tiles\":4,\"channels\":[3]}|channels[0]: must be a channel id (a string), got 3",
        "{\"tiles\":4,\"channels\":\"gate\"}|channels: must be a list, got \"gate\"",
        "{\"tiles\":4,\"overlay\":\"yes\"}|overlay: must be true or false, got \"yes\"",
        "{\"tiles\":4,\"tour\":{\"channels\":[\"gate\"],\"intervalSeconds\":2}}|tour.intervalSeconds: must be between 5 and 3600, got 2",
        "{\"tiles\":4,\"tour\":{\"channels\":[],\"intervalSeconds\":10}}|tour.channels: must list at least one channel",
        "{\"tiles\":4,\"tour\":{\"intervalSeconds\":10}}|tour.channels: is required, a list of channel ids",
        "{\"tiles\":4,\"tour\":true}|tour: must be null or an object with channels and intervalSeconds, got true",
        "{\"tiles\":4,\"wall\":2}|wall: unknown key, allowed: tiles, channels, overlay, tour",
        "[]|must be an object with tiles, channels, overlay and tour, got a list",
    })
    void reportsEachProblemWithItsPath(String json, String expected) throws Exception {
        assertThat(errorsOf(json)).extracting(FieldError::toString).containsExactly(expected);
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        assertThat(errorsOf("{\"tiles\":3,\"channels\":[\"nope\"],\"overlay\":1,"
                + "\"tour\":{\"channels\":[\"x\"]}}")).extracting(FieldError::toString).containsExactly(
                "tiles: must be one of [1, 4, 9, 16], got 3",
                "channels[0]: no channel \"nope\" that you may watch",
                "overlay: must be true or false, got 1",
                "tour.channels[0]: no channel \"x\" that you may watch",
                "tour.channels: must list at least one channel",
                "tour.intervalSeconds: is required, 5 to 3600");
    }
}
