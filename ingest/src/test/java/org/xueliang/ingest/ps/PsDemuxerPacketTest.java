package org.xueliang.ingest.ps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made packets: each kind of program stream packet, and each problem with its exact message. */
class PsDemuxerPacketTest {
    private static final long PTS = 0x1_2345_6789L;

    @Test
    void mpeg2PackWithStuffingAndPesWithPts() {
        byte[] stream = PsBytes.stream().pack2(3).pes2(0xE0, PTS, PsBytes.H264_KEYFRAME).bytes();

        PsStreams.Demuxed demuxed = PsStreams.demux(stream, 5);

        assertEquals(List.of(), demuxed.problems());
        assertEquals(List.of(new AccessUnit(VideoCodec.H264, PsBytes.H264_KEYFRAME, PTS, true)), demuxed.units());
    }

    @Test
    void mpeg1PackAndPesWithStuffingBufferSizeAndDts() {
        byte[] stream = PsBytes.stream().pack1().pes1(0xE0, PTS, PsBytes.H264_KEYFRAME)
                .pack1().pes1(0xE0, PTS + 3600, PsBytes.H264_P).bytes();

        PsStreams.Demuxed demuxed = PsStreams.demux(stream, 3);

        assertEquals(List.of(), demuxed.problems());
        assertEquals(List.of(new AccessUnit(VideoCodec.H264, PsBytes.H264_KEYFRAME, PTS, true),
                new AccessUnit(VideoCodec.H264, PsBytes.H264_P, PTS + 3600, false)), demuxed.units());
    }

    @Test
    void skipsSystemHeaderAudioPaddingPrivateStreamsOtherVideoAndEndCode() {
        byte[] fakeStartCodes = PsBytes.hex("000001BA 000001E0 0000 01");
        byte[] stream = PsBytes.stream().pack2(0)
                .packet(0xBB, PsBytes.hex("800001 04E1FF E0E800 C0C020"))
                .pes2(0xE0, PTS, PsBytes.H264_KEYFRAME)
                .packet(0xC0, fakeStartCodes)
                .packet(0xBE, new byte[300])
                .packet(0xBD, fakeStartCodes)
                .packet(0xBF, fakeStartCodes)
                .pes2(0xE2, PTS, PsBytes.H264_P)
                .pack2(0).pes2(0xE0, PTS + 3600, PsBytes.H264_P)
                .raw("000001B9").bytes();

        PsStreams.Demuxed demuxed = PsStreams.demux(stream, 7);

        assertEquals(List.of(), demuxed.problems());
        assertEquals(List.of(new AccessUnit(VideoCodec.H264, PsBytes.H264_KEYFRAME, PTS, true),
                new AccessUnit(VideoCodec.H264, PsBytes.H264_P, PTS + 3600, false)), demuxed.units());
    }

    @Test
    void theStreamMapNamesACodecTheNalUnitsWouldNotReveal() {
        byte[] labelled = PsBytes.stream().pack2(0).streamMap(0x24, 0xE0).pes2(0xE0, PTS, PsBytes.H265_TRAIL)
                .pack2(0).pes2(0xE0, PTS + 3600, PsBytes.H265_TRAIL).bytes();
        byte[] unlabelled = PsBytes.stream().pack2(0).pes2(0xE0, PTS, PsBytes.H265_TRAIL)
                .pack2(0).pes2(0xE0, PTS + 3600, PsBytes.H265_TRAIL).bytes();

        assertEquals(List.of(new AccessUnit(VideoCodec.H265, PsBytes.H265_TRAIL, PTS, false),
                new AccessUnit(VideoCodec.H265, PsBytes.H265_TRAIL, PTS + 3600, false)),
                PsStreams.demux(labelled, 1400).units());
        assertEquals(List.of(), PsStreams.demux(unlabelled, 1400).units());
    }

    @Test
    void anUnsupportedStreamTypeIsReportedOnceAndTheNalUnitsDecide() {
        PsBytes stream = PsBytes.stream().pack2(0).streamMap(0x10, 0xE0);
        stream.pes2(0xE0, PTS, PsBytes.H264_KEYFRAME).pack2(0).streamMap(0x10, 0xE0)
                .pes2(0xE0, PTS + 3600, PsBytes.H264_P);

        PsStreams.Demuxed demuxed = PsStreams.demux(stream.bytes(), 1400);

        assertEquals(List.of("program stream map gives video stream E0 type 0x10, not H.264 (0x1B) or H.265 (0x24);"
                + " trying the NAL units at offset 14"), messages(demuxed));
        assertEquals(2, demuxed.units().size());
        assertEquals(VideoCodec.H264, demuxed.units().get(0).codec());
    }

    @Test
    void problemsNameWhatAndWhere() {
        PsBytes stream = PsBytes.stream().pack2(0);
        int zeroLength = stream.size();
        stream.raw("000001E0 0000");
        int badPack = stream.size();
        stream.raw("000001BA C4");
        int shortPes = stream.size() + 3;
        stream.raw("000000 000001E0 0014 8080C8");
        int longMap = stream.size();
        stream.packet(0xBC, new byte[2000]).pack2(0).pes2(0xE0, PTS, PsBytes.H264_KEYFRAME);

        PsStreams.Demuxed demuxed = PsStreams.demux(stream.bytes(), 1400);

        assertEquals(List.of(
                "video PES packet E0 has length 0: unbounded PES packets are not allowed in a program stream at offset "
                        + zeroLength,
                "pack header is neither MPEG-2 (01xxxxxx) nor MPEG-1 (0010xxxx): byte 4 is C4 at offset " + badPack,
                "PES packet of 20 bytes cannot hold its 203-byte MPEG-2 header at offset " + shortPes,
                "program stream map of 2000 bytes exceeds the 1018-byte maximum at offset " + longMap),
                messages(demuxed));
        assertEquals(List.of(new AccessUnit(VideoCodec.H264, PsBytes.H264_KEYFRAME, PTS, true)), demuxed.units());
    }

    @Test
    void aPesPacketMayCarryTheEndOfOnePictureAndTheStartOfTheNext() {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(PsBytes.H264_KEYFRAME);
        both.writeBytes(PsBytes.H264_P);
        byte[] es = both.toByteArray();
        int split = PsBytes.H264_KEYFRAME.length - 4;
        byte[] first = java.util.Arrays.copyOfRange(es, 0, split);
        byte[] second = java.util.Arrays.copyOfRange(es, split, es.length);
        // the second PES starts inside the keyframe: its PTS belongs to the P picture that starts in it
        byte[] stream = PsBytes.stream().pack2(0).pes2(0xE0, PTS, first).pes2(0xE0, PTS + 3600, second).bytes();

        List<AccessUnit> units = PsStreams.demux(stream, 1400).units();

        assertEquals(2, units.size());
        assertArrayEquals(PsBytes.H264_KEYFRAME, units.get(0).annexB());
        assertEquals(PTS, units.get(0).pts90k());
        assertArrayEquals(PsBytes.H264_P, units.get(1).annexB());
        assertEquals(PTS + 3600, units.get(1).pts90k());
    }

    private static List<String> messages(PsStreams.Demuxed demuxed) {
        return demuxed.problems().stream().map(Throwable::getMessage).toList();
    }
}
