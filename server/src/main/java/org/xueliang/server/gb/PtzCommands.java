package org.xueliang.server.gb;

import org.xueliang.alerts.gb.PtzRequest;
import org.xueliang.sip.ptz.Pan;
import org.xueliang.sip.ptz.PtzCommand;
import org.xueliang.sip.ptz.Tilt;
import org.xueliang.sip.ptz.Zoom;

/** Turns the API's PTZ request into the 8-byte GB/T 28181 command. */
final class PtzCommands {
    private static final int ZOOM_SPEED_SHIFT = 4;

    private PtzCommands() {
    }

    static PtzCommand of(PtzRequest request) {
        int speed = request.speed();
        return switch (request.action()) {
            case "stop" -> PtzCommand.stop();
            case "preset-set" -> PtzCommand.presetSet(request.preset());
            case "preset-call" -> PtzCommand.presetCall(request.preset());
            case "preset-delete" -> PtzCommand.presetDelete(request.preset());
            // the zoom speed has 4 bits: the top 4 of the API's 0..255
            case "zoomin" -> PtzCommand.move(Pan.NONE, Tilt.NONE, Zoom.IN, 0, 0, speed >> ZOOM_SPEED_SHIFT);
            case "zoomout" -> PtzCommand.move(Pan.NONE, Tilt.NONE, Zoom.OUT, 0, 0, speed >> ZOOM_SPEED_SHIFT);
            default -> move(request.action(), speed);
        };
    }

    private static PtzCommand move(String action, int speed) {
        Pan pan = action.endsWith("left") ? Pan.LEFT : action.endsWith("right") ? Pan.RIGHT : Pan.NONE;
        Tilt tilt = action.startsWith("up") ? Tilt.UP : action.startsWith("down") ? Tilt.DOWN : Tilt.NONE;
        return PtzCommand.move(pan, tilt, Zoom.NONE, pan == Pan.NONE ? 0 : speed, tilt == Tilt.NONE ? 0 : speed, 0);
    }
}
