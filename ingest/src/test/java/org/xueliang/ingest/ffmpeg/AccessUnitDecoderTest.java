package org.xueliang.ingest.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.ingest.Footage;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsStreams;
import org.xueliang.ingest.ps.PsStreams.Kind;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/** Decoding demuxed access units against the ffmpeg CLI's pictures of the same stream. */
class AccessUnitDecoderTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 120;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"H264_VOB", "H265_VOB"})
    void decodesEveryPictureToBgrLikeTheFfmpegCli(Kind kind) throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        List<DecodedPicture> pictures = new ArrayList<>();
        StreamInfo info;
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, kind.name())) {
            for (AccessUnit unit : units) {
                decoder.send(unit);
                takeAll(decoder, pictures);
            }
            decoder.drain();
            takeAll(decoder, pictures);
            info = decoder.streamInfo();
            assertEquals(0, decoder.decodeErrors());
        }

        assertEquals(new StreamInfo(kind == Kind.H264_VOB ? "h264" : "hevc", 320, 240, 25), info);
        byte[] reference = Footage.run("ffmpeg", "-hide_banner", "-loglevel", "error", "-i",
                PsStreams.file(kind).toString(), "-vf", "scale=" + WIDTH + ":" + HEIGHT + ":flags=bilinear",
                "-fps_mode", "passthrough", "-pix_fmt", "bgr24", "-f", "rawvideo", "-");
        int frameBytes = WIDTH * HEIGHT * 3;
        assertEquals(PsStreams.FRAMES, reference.length / frameBytes);
        assertEquals(PsStreams.FRAMES, pictures.size());
        for (int i = 0; i < pictures.size(); i++) {
            DecodedPicture picture = pictures.get(i);
            assertEquals(WIDTH, picture.width());
            assertEquals(HEIGHT, picture.height());
            double difference = meanAbsoluteDifference(picture.bgr(), reference, i * frameBytes);
            assertTrue(difference < 3, "picture " + i + " differs from ffmpeg's by " + difference + " on average");
            if (i > 0) {
                assertEquals(40_000, picture.timestampMicros() - pictures.get(i - 1).timestampMicros(),
                        "one frame interval in presentation order before picture " + i);
            }
        }
    }

    @Test
    void skipsToTheNextKeyframeAfterLossAndConvertsOnlyWhenAsked() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        List<DecodedPicture> pictures = new ArrayList<>();
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, "no-b")) {
            decoder.send(units.get(1));
            assertNull(decoder.poll(true), "a P picture cannot start decoding");
            assertEquals(1, decoder.skippedUnits());
            for (int i = 0; i < units.size(); i++) {
                if (i == 10) {
                    decoder.awaitKeyframe();
                }
                decoder.send(units.get(i));
                DecodedPicture picture;
                while ((picture = decoder.poll(i % 2 == 0)) != null) {
                    pictures.add(picture);
                }
            }
            assertEquals(1 + PsStreams.GOP - 10, decoder.skippedUnits());
            assertEquals(PsStreams.FRAMES - (PsStreams.GOP - 10), decoder.pictures());
        }
        assertEquals(PsStreams.FRAMES - (PsStreams.GOP - 10), pictures.size());
        assertEquals(pictures.size() / 2, pictures.stream().filter(DecodedPicture::isConverted).count());
    }

    @Test
    void damagedUnitsAreCountedNotFatal() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        int decoded = 0;
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, "damaged")) {
            for (int i = 0; i < units.size(); i++) {
                AccessUnit unit = units.get(i);
                if (i == 5) {
                    byte[] garbage = unit.annexB().clone();
                    for (int j = 8; j < garbage.length; j++) {
                        garbage[j] = (byte) (j * 31);
                    }
                    unit = new AccessUnit(unit.codec(), garbage, unit.pts90k(), unit.keyframe());
                }
                decoder.send(unit);
                while (decoder.poll(true) != null) {
                    decoded++;
                }
            }
            assertTrue(decoder.decodeErrors() > 0, "errors counted");
            assertTrue(decoder.skippedUnits() > 0, "units skipped until the keyframe");
        }
        assertTrue(decoded >= PsStreams.FRAMES - PsStreams.GOP, decoded + " pictures");
    }

    @Test
    void aSizeChangeEndsTheSession() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        List<AccessUnit> bigger = PsStreams.demux(PsStreams.bytes(Kind.H264_640_VOB), 1400).units();
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, "camera 7")) {
            decoder.send(units.get(0));
            assertNotNull(decoder.poll(false));
            decoder.send(bigger.get(0));
            SourceException e = org.junit.jupiter.api.Assertions.assertThrows(SourceException.class,
                    () -> decoder.poll(false));
            assertEquals("picture size changed from 320x240 to 640x480 (camera 7)", e.getMessage());
        }
    }

    private static void takeAll(AccessUnitDecoder decoder, List<DecodedPicture> pictures) throws SourceException {
        DecodedPicture picture;
        while ((picture = decoder.poll(true)) != null) {
            pictures.add(picture);
        }
    }

    private static double meanAbsoluteDifference(byte[] ours, byte[] theirs, int offset) {
        long sum = 0;
        for (int i = 0; i < ours.length; i++) {
            sum += Math.abs((ours[i] & 0xFF) - (theirs[offset + i] & 0xFF));
        }
        return (double) sum / ours.length;
    }
}
