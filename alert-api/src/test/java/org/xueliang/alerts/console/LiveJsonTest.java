package org.xueliang.alerts.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/** The overlay message has the shape the console draws from. */
class LiveJsonTest {
    @Test
    void writesZonesLinesTracksAndQualityNormalised() throws Exception {
        LiveFrame frame = new LiveFrame("gate", Instant.parse("2026-11-23T08:00:00.250Z"), 320, 180, "ONLINE",
                List.of(new LiveFrame.Outline("lawn", List.of(new Point(0.1, 0.2), new Point(0.5, 0.2),
                        new Point(0.5, 0.6)))),
                List.of(new LiveFrame.Outline("door", List.of(new Point(0, 0.5), new Point(1, 0.5)))),
                List.of(new LiveFrame.LiveTrack(7, "person", new Box(0.25, 0.5, 0.125, 0.25))), 93, new byte[0]);

        JsonNode json = new ObjectMapper().readTree(LiveJson.overlay(frame));

        assertThat(json.toString()).isEqualTo("{\"type\":\"overlay\",\"channel\":\"gate\","
                + "\"time\":\"2026-11-23T08:00:00.250Z\",\"width\":320,\"height\":180,\"state\":\"ONLINE\","
                + "\"zones\":[{\"id\":\"lawn\",\"polygon\":[[0.1,0.2],[0.5,0.2],[0.5,0.6]]}],"
                + "\"lines\":[{\"id\":\"door\",\"start\":[0.0,0.5],\"end\":[1.0,0.5]}],"
                + "\"tracks\":[{\"id\":7,\"class\":\"person\",\"box\":[0.25,0.5,0.125,0.25]}],"
                + "\"quality\":{\"score\":93}}");
    }
}
