package org.xueliang.ingest;

import java.time.Instant;

/**
 * A snapshot of one channel's input health.
 *
 * @param channelId     the channel
 * @param state         current state
 * @param reason        why the channel is reconnecting or offline, {@code null} when online
 * @param inputFps      decoded frames per second over the last measuring window
 * @param analysedFps   frames per second delivered to analysis over the last window
 * @param droppedFrames frames dropped because analysis fell behind, since start
 * @param reconnects    reconnect attempts since start
 * @param lastFrameTime capture time of the last delivered frame, {@code null} before the first
 * @param codec         codec name of the input (for example {@code h264}), {@code null} before open
 * @param width         input width in pixels, 0 before open
 * @param height        input height in pixels, 0 before open
 * @param decoding      whether every picture is decoded or keyframes alone (a still scene)
 */
public record ChannelHealth(
        String channelId,
        ChannelState state,
        String reason,
        double inputFps,
        double analysedFps,
        long droppedFrames,
        long reconnects,
        Instant lastFrameTime,
        String codec,
        int width,
        int height,
        DecodeMode decoding) {
}
