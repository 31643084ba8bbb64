package org.xueliang.alerts.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.xueliang.analytics.Point;

/**
 * The overlay message that precedes each live picture: {@code {"type":"overlay","channel":..,
 * "time":..,"width":..,"height":..,"state":..,"zones":[..],"lines":[..],"tracks":[..],
 * "quality":{"score":..}}}, every coordinate normalised 0..1.
 */
public final class LiveJson {
    private LiveJson() {
    }

    public static String overlay(LiveFrame frame) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", "overlay");
        node.put("channel", frame.channelId());
        node.put("time", frame.time().toString());
        node.put("width", frame.width());
        node.put("height", frame.height());
        node.put("state", frame.state());
        ArrayNode zones = node.putArray("zones");
        frame.zones().forEach(zone -> {
            ArrayNode polygon = zones.addObject().put("id", zone.id()).putArray("polygon");
            zone.points().forEach(point -> point(polygon.addArray(), point));
        });
        ArrayNode lines = node.putArray("lines");
        frame.lines().forEach(line -> {
            ObjectNode item = lines.addObject().put("id", line.id());
            point(item.putArray("start"), line.points().get(0));
            point(item.putArray("end"), line.points().get(line.points().size() - 1));
        });
        ArrayNode tracks = node.putArray("tracks");
        frame.tracks().forEach(track -> tracks.addObject().put("id", track.id()).put("class", track.label())
                .putArray("box").add(track.box().x()).add(track.box().y()).add(track.box().width())
                .add(track.box().height()));
        node.putObject("quality").put("score", frame.quality());
        return node.toString();
    }

    private static void point(ArrayNode array, Point point) {
        array.add(point.x()).add(point.y());
    }
}
