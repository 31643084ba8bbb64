package org.xueliang.ingest.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import java.util.List;

/**
 * Splits a TCP byte stream into RTP packets framed by RFC 4571: each packet preceded by its length
 * as a 2-byte big-endian number. A frame too short to be an RTP packet, or longer than allowed,
 * means the framing is lost; the rest of the connection is discarded and the error raised, so that
 * the handler closes it.
 */
public final class Rfc4571FrameDecoder extends ByteToMessageDecoder {
    /** Largest length the 2-byte field can carry. */
    public static final int MAX_FRAME_BYTES = 0xFFFF;
    private static final int LENGTH_BYTES = 2;

    private final int maxFrameLength;
    private boolean failed;

    /** @param maxFrameLength largest RTP packet accepted, 12..65535 bytes */
    public Rfc4571FrameDecoder(int maxFrameLength) {
        if (maxFrameLength < RtpPacket.HEADER_BYTES || maxFrameLength > MAX_FRAME_BYTES) {
            throw new IllegalArgumentException("RFC 4571 frame limit must be within 12..65535 bytes, got "
                    + maxFrameLength);
        }
        this.maxFrameLength = maxFrameLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (in.readableBytes() >= LENGTH_BYTES) {
            int length = in.getUnsignedShort(in.readerIndex());
            if (length < RtpPacket.HEADER_BYTES || length > maxFrameLength) {
                failed = true;
                in.skipBytes(in.readableBytes());
                throw new CorruptedFrameException(length < RtpPacket.HEADER_BYTES
                        ? "RFC 4571 frame of " + length + " bytes: shorter than the 12-byte RTP header"
                        : "RFC 4571 frame of " + length + " bytes: longer than the " + maxFrameLength + "-byte limit");
            }
            if (in.readableBytes() < LENGTH_BYTES + length) {
                return;
            }
            in.skipBytes(LENGTH_BYTES);
            out.add(in.readRetainedSlice(length));
        }
    }
}
