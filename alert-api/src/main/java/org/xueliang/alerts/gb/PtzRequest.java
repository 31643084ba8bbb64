package org.xueliang.alerts.gb;

import java.util.List;
import java.util.Objects;

/**
 * A pan/tilt/zoom command for one channel, sent as a DeviceControl {@code PTZCmd}.
 *
 * @param action one of {@link #ACTIONS}: a direction or zoom (moves until {@code stop}),
 *               {@code stop}, or a preset operation
 * @param speed  pan, tilt or zoom speed 0..255 (zoom uses the top 4 bits); ignored by stop and presets
 * @param preset preset number 1..255 for the {@code preset-*} actions, null otherwise
 */
public record PtzRequest(String action, int speed, Integer preset) {
    /** Every action, in the order the API lists them. */
    public static final List<String> ACTIONS = List.of("left", "right", "up", "down", "upleft", "upright",
            "downleft", "downright", "zoomin", "zoomout", "stop", "preset-set", "preset-call", "preset-delete");
    public static final int MAX_SPEED = 255;
    public static final int MIN_PRESET = 1;
    public static final int MAX_PRESET = 255;
    /** Half speed when none is given: fast enough to be seen, slow enough to stop where wanted. */
    public static final int DEFAULT_SPEED = 128;

    public PtzRequest {
        Objects.requireNonNull(action, "action");
        if (!ACTIONS.contains(action)) {
            throw new IllegalArgumentException("PTZ action must be one of " + String.join(", ", ACTIONS)
                    + ", got \"" + action + "\"");
        }
        if (speed < 0 || speed > MAX_SPEED) {
            throw new IllegalArgumentException("PTZ speed must be from 0 to " + MAX_SPEED + ", got " + speed);
        }
        if (isPresetAction(action) != (preset != null)) {
            throw new IllegalArgumentException(preset == null ? "PTZ action " + action + " needs a preset"
                    : "PTZ action " + action + " takes no preset, got " + preset);
        }
        if (preset != null && (preset < MIN_PRESET || preset > MAX_PRESET)) {
            throw new IllegalArgumentException("PTZ preset must be from " + MIN_PRESET + " to " + MAX_PRESET
                    + ", got " + preset);
        }
    }

    /** Whether the action sets, calls or deletes a preset (and so needs a preset number). */
    public static boolean isPresetAction(String action) {
        return action.startsWith("preset-");
    }
}
