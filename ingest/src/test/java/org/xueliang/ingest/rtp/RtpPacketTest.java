package org.xueliang.ingest.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RtpPacketTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        GB28181 PS packet         | 80 60 0001 00000E10 0BEBC201 000001BA   | false | 96 | 1     | 3600       | 200000001  |          |      |       | 000001BA
        marker, top values        | 80 FF FFFF FFFFFFFF FFFFFFFF AB         | true  | 127| 65535 | 4294967295 | 4294967295 |          |      |       | AB
        two CSRCs                 | 82 60 0002 00000000 00000001 00000007 00000008 CC | false | 96 | 2 | 0 | 1 | 7 8 |      |       | CC
        extension of one word     | 90 60 0003 00000000 00000001 BEDE0001 01020304 DD | false | 96 | 3 | 0 | 1 |     | 48862| 01020304 | DD
        padding of 3 bytes        | A0 60 0004 00000000 00000001 EEEE 000003 | false | 96 | 4     | 0          | 1          |          |      |       | EEEE
        empty payload             | 80 60 0005 00000000 00000001            | false | 96 | 5     | 0          | 1          |          |      |       | ''
        """)
    void decodesHeaderFieldsAndPayload(String name, String hex, boolean marker, int payloadType, int sequence,
            long timestamp, long ssrc, String csrcs, Integer extensionProfile, String extensionData, String payload)
            throws RtpFormatException {
        RtpPacket packet = RtpPacket.decode(bytes(hex));

        assertEquals(marker, packet.marker());
        assertEquals(payloadType, packet.payloadType());
        assertEquals(sequence, packet.sequenceNumber());
        assertEquals(timestamp, packet.timestamp());
        assertEquals(ssrc, packet.ssrc());
        assertEquals(csrcs == null ? List.of() : java.util.Arrays.stream(csrcs.split(" ")).map(Long::valueOf).toList(),
                packet.csrcs());
        if (extensionProfile == null) {
            assertNull(packet.extension());
        } else {
            assertEquals(new RtpPacket.Extension(extensionProfile, bytes(extensionData)), packet.extension());
        }
        assertArrayEquals(bytes(payload), packet.payload());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        80 60 0001 000000                                | RTP packet of 7 bytes: shorter than the 12-byte header
        ''                                               | RTP packet of 0 bytes: shorter than the 12-byte header
        40 60 0001 00000000 00000001 AA                  | RTP version must be 2, got 1
        00 60 0001 00000000 00000001 AA                  | RTP version must be 2, got 0
        C0 60 0001 00000000 00000001 AA                  | RTP version must be 2, got 3
        83 60 0001 00000000 00000001 00000002            | RTP packet of 16 bytes: 3 CSRCs need a 24-byte header
        90 60 0001 00000000 00000001 BEDE                | RTP packet of 14 bytes: no room for the header extension at byte 12
        90 60 0001 00000000 00000001 BEDE0002 01020304   | RTP packet of 20 bytes: header extension of 2 words needs 24 bytes
        A0 60 0001 00000000 00000001 AA 00               | RTP padding count must be within 1..2 (the bytes after the header), got 0
        A0 60 0001 00000000 00000001 AA 03               | RTP padding count must be within 1..2 (the bytes after the header), got 3
        """)
    void refusesWhatIsNotRtpWithAPreciseReason(String hex, String message) {
        RtpFormatException e = assertThrows(RtpFormatException.class, () -> RtpPacket.decode(bytes(hex)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void decodesHeapDirectAndSlicedBuffersWithoutMovingThem() throws RtpFormatException {
        byte[] wire = bytes("FF 80 60 0001 00000E10 0BEBC201 000001BA");
        ByteBuf heap = Unpooled.wrappedBuffer(wire).skipBytes(1);
        ByteBuf direct = Unpooled.directBuffer().writeBytes(wire).skipBytes(1);
        RtpPacket expected = RtpPacket.decode(wire, 1, wire.length - 1);

        assertEquals(expected, RtpPacket.decode(heap));
        assertEquals(expected, RtpPacket.decode(direct));
        assertEquals(1, heap.readerIndex());
        assertEquals(1, direct.readerIndex());
        direct.release();
    }

    @Test
    void encodeThenDecodeGivesThePacketBack() throws RtpFormatException {
        Random random = new Random(4571);
        for (int i = 0; i < 500; i++) {
            List<Long> csrcs = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                csrcs.add(random.nextLong() & 0xFFFF_FFFFL);
            }
            RtpPacket.Extension extension = random.nextBoolean() ? null
                    : new RtpPacket.Extension(random.nextInt(0x10000), randomBytes(random, 4 * random.nextInt(4)));
            RtpPacket packet = new RtpPacket(random.nextBoolean(), random.nextInt(128), random.nextInt(0x10000),
                    random.nextLong() & 0xFFFF_FFFFL, random.nextLong() & 0xFFFF_FFFFL, csrcs, extension,
                    randomBytes(random, random.nextInt(1500)));

            assertEquals(packet, RtpPacket.decode(packet.encode()));
        }
    }

    @Test
    void refusesFieldsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RtpPacket.of(false, 128, 0, 0, 0, new byte[0]));
        assertEquals("payload type must be within 0..127, got 128", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RtpPacket.of(false, 96, 65536, 0, 0, new byte[0]));
        assertEquals("sequence number must be within 0..65535, got 65536", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RtpPacket.of(false, 96, 0, 0, 1L << 32, new byte[0]));
        assertEquals("SSRC must be within 0..4294967295, got 4294967296", e.getMessage());
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] bytes(String hex) {
        String digits = hex.replace(" ", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
