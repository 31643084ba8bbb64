package org.xueliang.alerts.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * The MQTT broker that alerts are published to.
 *
 * @param url         {@code tcp://host:1883} or {@code ssl://host:8883}; empty when MQTT is off
 * @param clientId    the client identifier; one per server, the broker drops an older connection with the same
 * @param username    empty for none
 * @param password    empty for none; never logged
 * @param topicPrefix first topic levels, {@code xueliang} by default
 * @param timeout     how long a publish may wait for the broker's acknowledgement (PUBACK)
 */
public record MqttConfig(String url, String clientId, String username, String password, String topicPrefix,
                         Duration timeout) {
    public MqttConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(clientId, "clientId");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** MQTT switched off. */
    public static MqttConfig off() {
        return new MqttConfig("", "xueliang-server", "", "", "xueliang", Duration.ofSeconds(10));
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    @Override
    public String toString() {
        return "MqttConfig[url=" + SecretMask.url(url) + ", clientId=" + clientId + ", username=" + username
                + ", password=" + (password.isEmpty() ? "" : SecretMask.MASK) + ", topicPrefix=" + topicPrefix
                + ", timeout=" + timeout + "]";
    }
}
