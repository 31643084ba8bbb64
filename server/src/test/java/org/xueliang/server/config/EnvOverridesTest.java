package org.xueliang.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvOverridesTest {

    @ParameterizedTest
    @CsvSource({
        "http.port, XL_HTTP_PORT",
        "http.bindAddress, XL_HTTP_BIND_ADDRESS",
        "api.token, XL_API_TOKEN",
        "dataDir, XL_DATA_DIR",
        "store.url, XL_STORE_URL",
        "store.password, XL_STORE_PASSWORD",
        "sip.password, XL_SIP_PASSWORD",
        "analytics.fps, XL_ANALYTICS_FPS",
        "analytics.zoneDefaults.minArea, XL_ANALYTICS_ZONE_DEFAULTS_MIN_AREA",
        "ingest.rtsp.connectTimeout, XL_INGEST_RTSP_CONNECT_TIMEOUT",
        "channels[0].source.url, XL_CHANNELS_0_SOURCE_URL",
        "channels[12].zones[3].minDwell, XL_CHANNELS_12_ZONES_3_MIN_DWELL",
    })
    void namesVariablesAfterKeyPaths(String path, String variable) {
        assertThat(EnvOverrides.variableName(path)).isEqualTo(variable);
    }

    @ParameterizedTest
    @CsvSource({"XL_HTTP_PORT, XL_HTTP_PORT, 0", "XL_HTTP_PROT, XL_HTTP_PORT, 2", "XL_API_TOKN, XL_API_TOKEN, 1",
        "'', abc, 3", "kitten, sitting, 3"})
    void measuresEditDistance(String a, String b, int expected) {
        assertThat(EnvOverrides.distance(a, b)).isEqualTo(expected);
    }
}
