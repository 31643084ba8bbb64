package org.xueliang.ingest.rtp;

/**
 * An RTP packet with the time it came off the socket.
 *
 * @param packet       the packet
 * @param arrivalNanos arrival on the {@link System#nanoTime()} scale
 */
public record ReceivedPacket(RtpPacket packet, long arrivalNanos) {
}
