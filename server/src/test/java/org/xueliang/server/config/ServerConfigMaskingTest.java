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
                sip: {enabled: true, id: '34020000002000000001', domain: '3402000000', password: sip-secret}
                channels:
                  - {id: gate, source: {type: rtsp, url: 'rtsp://admin:cam-secret@10.0.0.5:554/s'}}
                """);

        String text = ConfigLoader.load(file, Map.of(), tmp).toString();

        assertThat(text).doesNotContain("api-secret", "url-secret", "db-secret", "sip-secret", "cam-secret");
        assertThat(text).contains("ApiConfig[token=***]",
                "StoreConfig[url=jdbc:postgresql://db/xl?user=xl&password=***, username=xl, password=***]",
                "SipConfig[enabled=true, id=34020000002000000001, domain=3402000000, password=***, port=5060]",
                "rtsp rtsp://admin:***@10.0.0.5:554/s over TCP");
    }

    @Test
    void unsetSecretsShowAsEmptyRatherThanMasked() {
        assertThat(new StoreConfig("jdbc:h2:file:/d/xl", "sa", "").toString())
                .isEqualTo("StoreConfig[url=jdbc:h2:file:/d/xl, username=sa, password=]");
        assertThat(new SipConfig(false, "", "", "", 5060).toString())
                .isEqualTo("SipConfig[enabled=false, id=, domain=, password=, port=5060]");
    }
}
