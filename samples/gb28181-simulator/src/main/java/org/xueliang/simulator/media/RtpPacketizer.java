package org.xueliang.simulator.media;

import java.io.IOException;

/**
 * Cuts one PS pack (one video frame) into RTP packets (RFC 3550): version 2, the offered payload
 * type and SSRC, consecutive sequence numbers, the frame's 90 kHz timestamp on every packet and
 * the marker bit on the last packet of the frame.
 */
public final class RtpPacketizer {

    public static final int HEADER_LENGTH = 12;
    /** Keeps packets under a 1500-byte Ethernet MTU with IP/UDP headers. */
    public static final int DEFAULT_MAX_PAYLOAD = 1400;

    private final long ssrc;
    private final int payloadType;
    private final int maxPayload;
    private final byte[] packet;
    private int sequence;

    public RtpPacketizer(long ssrc, int payloadType, int maxPayload, int firstSequence) {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("RTP payload type must be 0..127, got " + payloadType);
        }
        if (maxPayload < 1 || maxPayload > 65_535 - HEADER_LENGTH) {
            throw new IllegalArgumentException("RTP max payload must be 1..65523, got " + maxPayload);
        }
        this.ssrc = ssrc & 0xFFFF_FFFFL;
        this.payloadType = payloadType;
        this.maxPayload = maxPayload;
        this.packet = new byte[HEADER_LENGTH + maxPayload];
        this.sequence = firstSequence & 0xFFFF;
    }

    /** Sends {@code frame} as packets to {@code sink}; returns how many were sent. */
    public int packetize(byte[] frame, long timestamp90k, RtpSink sink) throws IOException {
        int offset = 0;
        int count = 0;
        while (offset < frame.length) {
            int chunk = Math.min(maxPayload, frame.length - offset);
            boolean last = offset + chunk == frame.length;
            writeHeader(last, timestamp90k);
            System.arraycopy(frame, offset, packet, HEADER_LENGTH, chunk);
            sink.send(packet, HEADER_LENGTH + chunk);
            offset += chunk;
            count++;
        }
        return count;
    }

    /** The sequence number the next packet will carry. */
    public int nextSequence() {
        return sequence;
    }

    private void writeHeader(boolean marker, long timestamp) {
        packet[0] = (byte) 0x80; // version 2, no padding, no extension, no CSRC
        packet[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        packet[2] = (byte) (sequence >> 8);
        packet[3] = (byte) sequence;
        packet[4] = (byte) (timestamp >> 24);
        packet[5] = (byte) (timestamp >> 16);
        packet[6] = (byte) (timestamp >> 8);
        packet[7] = (byte) timestamp;
        packet[8] = (byte) (ssrc >> 24);
        packet[9] = (byte) (ssrc >> 16);
        packet[10] = (byte) (ssrc >> 8);
        packet[11] = (byte) ssrc;
        sequence = (sequence + 1) & 0xFFFF;
    }
}
