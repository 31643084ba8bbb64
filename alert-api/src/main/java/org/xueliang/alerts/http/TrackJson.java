package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.xueliang.alerts.tracks.Track;
import org.xueliang.alerts.tracks.TrackPage;
import org.xueliang.alerts.tracks.TrackPathJson;
import org.xueliang.analytics.Box;

/** The JSON shape of a track record in the REST API. */
final class TrackJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrackJson() {
    }

    /**
     * One track: {@code {"id", "channelId", "trackNo", "class", "firstSeen", "lastSeen", "durationSeconds",
     * "path": [{"time","x","y"}], "meanSpeed", "direction", "heading", "colour",
     * "bestBox": {"x","y","width","height"} | null, "bestTime", "snapshotUrl" | null, "zones": [..]}}.
     */
    static ObjectNode track(Track track) {
        ObjectNode json = NODES.objectNode();
        json.put("id", track.id());
        json.put("channelId", track.channelId());
        json.put("trackNo", track.trackNo());
        json.put("class", track.label());
        json.put("firstSeen", track.firstSeen().toString());
        json.put("lastSeen", track.lastSeen().toString());
        json.put("durationSeconds", (track.lastSeen().toEpochMilli() - track.firstSeen().toEpochMilli()) / 1000.0);
        json.set("path", TrackPathJson.tree(track.path()));
        json.put("meanSpeed", track.meanSpeed());
        json.put("direction", track.directionDegrees());
        json.put("heading", track.heading());
        json.put("colour", track.colour());
        Box box = track.bestBox();
        if (box == null) {
            json.putNull("bestBox");
        } else {
            json.putObject("bestBox").put("x", box.x()).put("y", box.y()).put("width", box.width())
                    .put("height", box.height());
        }
        json.put("bestTime", text(track.bestTime()));
        json.put("snapshotUrl", track.hasSnapshot() ? snapshotPath(track.id()) : null);
        ArrayNode zones = json.putArray("zones");
        track.zones().forEach(zones::add);
        return json;
    }

    /** A page: {@code {"tracks":[..],"total":..,"limit":..,"offset":..}}. */
    static ObjectNode page(TrackPage page) {
        ObjectNode json = NODES.objectNode();
        ArrayNode tracks = json.putArray("tracks");
        page.tracks().forEach(track -> tracks.add(track(track)));
        json.put("total", page.total());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        return json;
    }

    /** The API path of a track's best view. */
    static String snapshotPath(long id) {
        return ApiRouter.TRACKS + "/" + id + "/snapshot";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
