package org.xueliang.alerts.delivery.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MqttTopicsTest {
    private final MqttTopics topics = new MqttTopics("xueliang");

    @Test
    void branchesByJurisdictionAndChannel() {
        assertThat(topics.alerts("340202001", "gate-north")).isEqualTo("xueliang/340202001/gate-north/alerts");
        assertThat(topics.events("340202001", "gate-north")).isEqualTo("xueliang/340202001/gate-north/events");
        assertThat(topics.status("340202001", "gate-north")).isEqualTo("xueliang/340202001/gate-north/status");
    }

    @Test
    void channelsOutsideAnyJurisdictionGoUnderNone() {
        assertThat(topics.alerts(null, "cam-1")).isEqualTo("xueliang/none/cam-1/alerts");
        assertThat(topics.status("", "cam-1")).isEqualTo("xueliang/none/cam-1/status");
    }

    @Test
    void levelsNeverSplitOrBecomeWildcards() {
        assertThat(topics.alerts("34/02", "a+b#c")).isEqualTo("xueliang/34_02/a_b_c/alerts");
        assertThat(new MqttTopics("city/xl").alerts("3402", "cam")).isEqualTo("city/xl/3402/cam/alerts");
    }
}
