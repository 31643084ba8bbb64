package org.xueliang.server.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** An MQTT subscriber (Paho) that records every message under a topic filter, with QoS 1. */
final class MqttRecorder implements AutoCloseable {
    /** One message as received. */
    record Message(String topic, String payload, boolean retained, boolean duplicate) {
    }

    private final MqttClient client;
    private final List<Message> messages = new ArrayList<>();

    private MqttRecorder(MqttClient client) {
        this.client = client;
    }

    static MqttRecorder subscribe(String brokerUrl, String filter) throws MqttException {
        MqttClient client = new MqttClient(brokerUrl, "it-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence());
        MqttRecorder recorder = new MqttRecorder(client);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxInflight(1000);
        client.connect(options);
        client.subscribe(filter, 1, (topic, message) -> recorder.add(new Message(topic,
                new String(message.getPayload(), StandardCharsets.UTF_8), message.isRetained(), message.isDuplicate())));
        return recorder;
    }

    private synchronized void add(Message message) {
        messages.add(message);
    }

    synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    synchronized List<Message> matching(Predicate<Message> wanted) {
        return messages.stream().filter(wanted).toList();
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close();
    }
}
