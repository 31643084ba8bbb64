package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.xueliang.alerts.channel.ChannelSpecJson;
import org.xueliang.alerts.channels.VideoQuality;
import org.xueliang.alerts.store.StoredChannel;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.DecodeMode;

/**
 * The JSON shape of a channel: its spec as accepted on input (passwords masked) plus the
 * read-only {@code createdAt}, {@code updatedAt} and {@code health}. The health holds the input
 * figures and {@code videoQuality} ({@code {"score": 0..100, "failing": ["BLUR", ...]}}, null when
 * the channel does not run or has no quality checks).
 */
final class ChannelJson {
    private ChannelJson() {
    }

    static ObjectNode channel(StoredChannel channel, Optional<ChannelHealth> health, Optional<VideoQuality> quality) {
        ObjectNode json = ChannelSpecJson.toJson(channel.spec(), true);
        json.put("createdAt", channel.createdAt().toString());
        json.put("updatedAt", channel.updatedAt().toString());
        json.set("health", health(channel.id(), health, quality));
        return json;
    }

    /** A channel that does not run reports OFFLINE with the reason "not running". */
    static ObjectNode health(String channelId, Optional<ChannelHealth> health, Optional<VideoQuality> quality) {
        ChannelHealth h = health.orElseGet(() -> new ChannelHealth(channelId, ChannelState.OFFLINE, "not running",
                0, 0, 0, 0, null, null, 0, 0, DecodeMode.ALL));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("channelId", h.channelId());
        json.put("state", h.state().name());
        json.put("reason", h.reason());
        json.put("inputFps", h.inputFps());
        json.put("analysedFps", h.analysedFps());
        json.put("droppedFrames", h.droppedFrames());
        json.put("reconnects", h.reconnects());
        json.put("lastFrameTime", h.lastFrameTime() == null ? null : h.lastFrameTime().toString());
        json.put("codec", h.codec());
        json.put("width", h.width());
        json.put("height", h.height());
        json.put("decoding", h.decoding().name());
        json.set("videoQuality", quality.map(ChannelJson::videoQuality).orElse(null));
        return json;
    }

    private static ObjectNode videoQuality(VideoQuality quality) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("score", quality.score());
        ArrayNode failing = json.putArray("failing");
        quality.failing().forEach(check -> failing.add(check.name()));
        return json;
    }
}
