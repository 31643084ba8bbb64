package org.xueliang.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigMaskingTest {
    @TempDir
    Path tmp;

    @Test
    void toStringShowsNoSecret() throws Exception {
        Path file = ConfigFiles.write(tmp, """
                api: {token: api-secret-0123456789}
                store: {url: 'jdbc:postgresql://db/xl?user=xl&password=url-secret', username: xl, password: db-secret}
                sip: {enabled: true, id: '34020000002000000001', domain: '3402000000', password: sip-secret,
                      devicePasswords: {'34020000001320000009': dev-secret}}
                delivery: {mqtt: {url: 'tcp://127.0.0.1:1883', username: xl, password: mqtt-secret}}
                channels:
                  - {id: gate, source: {type: rtsp, url: 'rtsp://admin:cam-secret@10.0.0.5:554/s'}}
                """);

        String text = ConfigLoader.load(file, Map.of(), tmp).toString();

        assertThat(text).doesNotContain("api-secret", "url-secret", "db-secret", "sip-secret", "cam-secret",
                "dev-secret", "mqtt-secret");
        assertThat(text).contains("MqttConfig[url=tcp://127.0.0.1:1883, clientId=xueliang-server, username=xl, "
                + "password=***, topicPrefix=xueliang, timeout=PT10S]");
        assertThat(text).contains("ApiConfig[token=***, loginTokenTtl=PT12H]",
                "StoreConfig[url=jdbc:postgresql://db/xl?user=xl&password=***, username=xl, password=***]",
                "SipConfig[enabled=true, id=34020000002000000001, domain=3402000000, password=***, port=5060, "
                        + "ip=127.0.0.1, mediaIp=127.0.0.1, mediaPorts=30000-30499, keepaliveInterval=PT1M, "
                        + "keepaliveCount=3, rtpTimeout=PT10S, devicePasswords={34020000001320000009=***}]",
                "rtsp rtsp://admin:***@10.0.0.5:554/s over TCP");
    }

    @Test
    void unsetSecretsShowAsEmptyRatherThanMasked() {
        assertThat(new StoreConfig("jdbc:h2:file:/d/xl", "sa", "").toString())
                .isEqualTo("StoreConfig[url=jdbc:h2:file:/d/xl, username=sa, password=]");
        assertThat(ConfigLoaderTest.defaultSip().toString()).startsWith(
                "SipConfig[enabled=false, id=, domain=, password=, port=5060, ").endsWith("devicePasswords={}]");
    }
}
