package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc4571FrameDecoderTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 13, 1000})
    void splitsFramesHoweverTheBytesArrive(int piece) {
        byte[] first = RtpPacket.of(false, 96, 1, 0, 7, new byte[20]).encode();
        byte[] second = RtpPacket.of(true, 96, 2, 0, 7, new byte[300]).encode();
        byte[] stream = framed(first, second);
        EmbeddedChannel channel = new EmbeddedChannel(new Rfc4571FrameDecoder(1500));

        for (int offset = 0; offset < stream.length; offset += piece) {
            channel.writeInbound(Unpooled.wrappedBuffer(stream, offset, Math.min(piece, stream.length - offset)));
        }

        assertEquals(List.of(hex(first), hex(second)), readAll(channel));
        assertFalse(channel.finish());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        0000          | RFC 4571 frame of 0 bytes: shorter than the 12-byte RTP header
        000B          | RFC 4571 frame of 11 bytes: shorter than the 12-byte RTP header
        05DD          | RFC 4571 frame of 1501 bytes: longer than the 1500-byte limit
        """)
    void refusesLengthsThatCannotBeRtpAndDiscardsTheRest(String length, String message) {
        byte[] good = RtpPacket.of(false, 96, 1, 0, 7, new byte[20]).encode();
        EmbeddedChannel channel = new EmbeddedChannel(new Rfc4571FrameDecoder(1500));
        channel.writeInbound(Unpooled.wrappedBuffer(framed(good)));

        CorruptedFrameException e = assertThrows(CorruptedFrameException.class, () -> channel.writeInbound(
                Unpooled.wrappedBuffer(RtpPacketTest.bytes(length + "00112233445566778899AABBCCDDEEFF"))));

        assertEquals(message, e.getMessage());
        channel.writeInbound(Unpooled.wrappedBuffer(framed(good)));
        assertEquals(List.of(hex(good)), readAll(channel));
        channel.finishAndReleaseAll();
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 65536})
    void limitMustFitTheLengthField(int limit) {
        assertThrows(IllegalArgumentException.class, () -> new Rfc4571FrameDecoder(limit));
    }

    static byte[] framed(byte[]... packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] packet : packets) {
            out.write(packet.length >> 8);
            out.write(packet.length);
            out.writeBytes(packet);
        }
        return out.toByteArray();
    }

    private static List<String> readAll(EmbeddedChannel channel) {
        List<String> frames = new ArrayList<>();
        for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
            frames.add(ByteBufUtil.hexDump(frame));
            frame.release();
        }
        assertNull(channel.readInbound());
        return frames;
    }

    private static String hex(byte[] bytes) {
        return ByteBufUtil.hexDump(bytes);
    }
}
