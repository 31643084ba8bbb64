package org.xueliang.ingest.gb;

import org.xueliang.ingest.source.SourceException;

/**
 * Asks a GB28181 device to send a channel's live video (INVITE with an SDP offer, then ACK).
 * Declared here, by its consumer; implemented by the SIP gateway and wired in the server.
 */
@FunctionalInterface
public interface StreamRequester {

    /**
     * Starts a live stream to the offered address and returns once the device accepted it.
     *
     * @param deviceId  20-digit ID of the registered device
     * @param channelId 20-digit ID of the channel in its catalog
     * @param offer     where and how the media is to be sent
     * @return the session; closing it stops the stream (BYE)
     * @throws SourceException when the device is unknown, offline, refuses or does not answer; the
     *                         message is the reason shown to operators
     */
    LiveStream play(String deviceId, String channelId, MediaOffer offer) throws SourceException, InterruptedException;
}
