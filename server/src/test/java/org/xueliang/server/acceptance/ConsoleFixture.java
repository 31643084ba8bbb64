package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command centre the browser tests look at: a county with two townships, four key sites
 * (level 1) each watched by one looped file channel, an administrator and a duty officer per
 * township. Two channels play the H.264 copy of the footage, for the full-rate view.
 */
final class ConsoleFixture {
    static final String ADMIN = "chen.jing";
    static final String OFFICER_A = "zhang.wei";
    static final String OFFICER_B = "li.na";
    static final List<String> CHANNELS_A = List.of("xinan-square", "xinan-school");
    static final List<String> CHANNELS_B = List.of("banta-market", "banta-east");
    static final String H264_CHANNEL = "xinan-school";
    static final String FOOTAGE = "samples/footage/vtest.avi";
    private static final String PASSWORD_SUFFIX = "-console-pass";

    private ConsoleFixture() {
    }

    /** The {@code channels} section: people walk across the footpath, so each raises an alert every 20 s. */
    static String channelsYaml() {
        return """
                channels:
                  - {id: xinan-square, name: "新安镇文化广场 Xin'an square", source: {type: file, path: %1$s, loop: true},
                     zones: [{id: footpath, polygon: [[0.0, 0.35], [1.0, 0.35], [1.0, 0.75], [0.0, 0.75]], minDwell: 1s, cooldown: 20s}]}
                  - {id: xinan-school, name: "邵郢小学 school gate", source: {type: file, path: %2$s, loop: true},
                     zones: [{id: gate, polygon: [[0.2, 0.3], [0.9, 0.3], [0.9, 0.8], [0.2, 0.8]], minDwell: 1s, cooldown: 20s}]}
                  - {id: banta-market, name: "半塔农贸市场 market", source: {type: file, path: %1$s, loop: true},
                     zones: [{id: stalls, polygon: [[0.1, 0.4], [0.8, 0.4], [0.8, 0.9], [0.1, 0.9]], minDwell: 1s, cooldown: 20s}]}
                  - {id: banta-east, name: "半塔镇东入口 east entrance", source: {type: file, path: %2$s, loop: true},
                     zones: [{id: road, polygon: [[0.0, 0.3], [0.7, 0.3], [0.7, 0.7], [0.0, 0.7]], minDwell: 1s, cooldown: 20s}]}
                """.formatted(FOOTAGE, "samples/footage/vtest-mirrored-h264.mp4");
    }

    /** Jurisdictions, sites and users, through the API as an administrator sets them up. */
    static void seed(ApiClient api) {
        post(api, "/api/v1/jurisdictions", "{\"code\":\"341122\",\"name\":\"来安县\",\"level\":\"county\"}");
        post(api, "/api/v1/jurisdictions",
                "{\"code\":\"341122100\",\"name\":\"新安镇\",\"level\":\"township\",\"parent\":\"341122\"}");
        post(api, "/api/v1/jurisdictions",
                "{\"code\":\"341122101\",\"name\":\"半塔镇\",\"level\":\"township\",\"parent\":\"341122\"}");
        site(api, "xinan-square", "新安镇文化广场", "341122100", CHANNELS_A.get(0));
        site(api, "xinan-school", "邵郢小学", "341122100", CHANNELS_A.get(1));
        site(api, "banta-market", "半塔农贸市场", "341122101", CHANNELS_B.get(0));
        site(api, "banta-east", "半塔镇东入口", "341122101", CHANNELS_B.get(1));
        user(api, ADMIN, "admin", null);
        user(api, OFFICER_A, "duty_officer", "341122100");
        user(api, OFFICER_B, "duty_officer", "341122101");
    }

    private static void site(ApiClient api, String code, String name, String jurisdiction, String channel) {
        post(api, "/api/v1/sites", "{\"code\":\"%s\",\"name\":\"%s\",\"level\":1,\"jurisdiction\":\"%s\",\"channels\":[\"%s\"]}"
                .formatted(code, name, jurisdiction, channel));
    }

    private static void user(ApiClient api, String name, String role, String jurisdiction) {
        post(api, "/api/v1/users", "{\"name\":\"%s\",\"role\":\"%s\",%s\"password\":\"%s\"}".formatted(name, role,
                jurisdiction == null ? "" : "\"jurisdiction\":\"" + jurisdiction + "\",", password(name)));
    }

    private static String password(String user) {
        return user + PASSWORD_SUFFIX;
    }

    private static void post(ApiClient api, String path, String body) {
        HttpResponse<String> response = api.postJson(path, body);
        assertThat(response.statusCode()).as("POST %s %s answered %s", path, body, response.body()).isEqualTo(201);
    }

    /** What the suites read: where the server is, who signs in, where screenshots go. */
    static Map<String, String> environment(String baseUrl, Path screenshots) {
        return Map.ofEntries(
                Map.entry("XL_BASE_URL", baseUrl),
                Map.entry("XL_API_TOKEN", InProcessServer.TOKEN),
                Map.entry("XL_SCREENSHOTS", screenshots.toString()),
                Map.entry("XL_ADMIN_USER", ADMIN), Map.entry("XL_ADMIN_PASSWORD", password(ADMIN)),
                Map.entry("XL_OFFICER_A_USER", OFFICER_A), Map.entry("XL_OFFICER_A_PASSWORD", password(OFFICER_A)),
                Map.entry("XL_OFFICER_A_CHANNELS", String.join(",", CHANNELS_A)),
                Map.entry("XL_OFFICER_B_USER", OFFICER_B), Map.entry("XL_OFFICER_B_PASSWORD", password(OFFICER_B)),
                Map.entry("XL_OFFICER_B_CHANNELS", String.join(",", CHANNELS_B)),
                Map.entry("XL_H264_CHANNEL", H264_CHANNEL),
                Map.entry("XL_FOOTAGE", FOOTAGE));
    }
}
