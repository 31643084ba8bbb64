package org.xueliang.simulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesNestedValuesAndEscapesStrings() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "东门口\"1\"\n");
        map.put("n", 3);
        map.put("rate", 2000.5);
        map.put("ok", true);
        map.put("at", Instant.parse("2024-05-01T00:00:00Z"));
        map.put("none", null);
        map.put("list", Arrays.asList(1, "a", null));
        assertThat(Json.write(map)).isEqualTo("{\"name\":\"东门口\\\"1\\\"\\n\",\"n\":3,\"rate\":2000.500,\"ok\":true,"
                + "\"at\":\"2024-05-01T00:00:00Z\",\"none\":null,\"list\":[1,\"a\",null]}");
        assertThat(Json.write(List.of())).isEqualTo("[]");
        assertThat(Json.write("\u0001")).isEqualTo("\"\\u0001\"");
    }

    @Test
    void decodesQueryStrings() {
        assertThat(ControlServer.query("device=1&description=%E5%8C%BA%E5%9F%9F+intrusion&flag"))
                .containsEntry("device", "1").containsEntry("description", "区域 intrusion").containsEntry("flag", "");
    }
}
