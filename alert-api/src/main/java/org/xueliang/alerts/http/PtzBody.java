package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.gb.PtzRequest;

/** Reads a PTZ body {@code {"action": "left", "speed": 100}} or {@code {"action": "preset-call", "preset": 3}}. */
final class PtzBody {
    static final List<String> KEYS = List.of("action", "speed", "preset");
    private static final String PRESET_ACTIONS = "preset-set, preset-call or preset-delete";

    private PtzBody() {
    }

    /** @throws InvalidRequestException with every problem */
    static PtzRequest read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader ptz = FieldReader.of(body, "", errors);
        if (!errors.isEmpty()) {
            // not an object: "action is required" would only repeat that
            throw new InvalidRequestException("invalid PTZ request", errors);
        }
        ptz.refuseUnknownKeys(KEYS);
        String action = ptz.choice("action", null, PtzRequest.ACTIONS);
        if (!ptz.has("action")) {
            ptz.error("action", "is required, one of: " + String.join(", ", PtzRequest.ACTIONS));
        }
        int speed = ptz.integer("speed", PtzRequest.DEFAULT_SPEED, 0, PtzRequest.MAX_SPEED);
        Integer preset = readPreset(ptz, action);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid PTZ request", errors);
        }
        return new PtzRequest(action, speed, preset);
    }

    /** The preset number: required by the preset actions, refused with the others. */
    private static Integer readPreset(FieldReader ptz, String action) {
        boolean presetAction = action != null && PtzRequest.isPresetAction(action);
        if (ptz.has("preset") && action != null && !presetAction) {
            ptz.error("preset", "is only allowed with action " + PRESET_ACTIONS + ", got action "
                    + FieldReader.quote(action));
            return null;
        }
        if (ptz.has("preset")) {
            return ptz.integer("preset", PtzRequest.MIN_PRESET, PtzRequest.MIN_PRESET, PtzRequest.MAX_PRESET);
        }
        if (presetAction) {
            ptz.error("preset", "is required with action " + action + ", a number from " + PtzRequest.MIN_PRESET
                    + " to " + PtzRequest.MAX_PRESET);
        }
        return null;
    }
}
