package org.xueliang.alerts.http;

import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;

/**
 * The GB28181 IDs in a {@code /api/v1/gb/devices} path, checked to be 20 digits before anything
 * is looked up.
 *
 * @param deviceId  the {@code :deviceId} parameter
 * @param channelId the {@code :channelId} parameter, null on device routes
 */
record GbPath(String deviceId, String channelId) {

    /** @throws InvalidRequestException when the device ID is not 20 digits */
    static GbPath device(RoutingContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        String deviceId = check(ctx, "deviceId", errors);
        throwIfAny(errors);
        return new GbPath(deviceId, null);
    }

    /** @throws InvalidRequestException naming every path ID that is not 20 digits */
    static GbPath channel(RoutingContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        String deviceId = check(ctx, "deviceId", errors);
        String channelId = check(ctx, "channelId", errors);
        throwIfAny(errors);
        return new GbPath(deviceId, channelId);
    }

    private static String check(RoutingContext ctx, String name, List<FieldError> errors) {
        String value = ctx.pathParam(name);
        if (!ChannelSpecReader.GB_ID.matcher(value).matches()) {
            errors.add(new FieldError(name, ChannelSpecReader.gbIdProblem(value)));
        }
        return value;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid path parameter", errors);
        }
    }
}
