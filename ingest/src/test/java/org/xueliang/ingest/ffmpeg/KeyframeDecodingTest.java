package org.xueliang.ingest.ffmpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsStreams;
import org.xueliang.ingest.ps.PsStreams.Kind;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;

/**
 * Keyframe-only decoding on x264 streams with and without B-frames, against ffprobe's keyframes and
 * against decoding every picture.
 */
class KeyframeDecodingTest {
    private static final int WIDTH = 160;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"H264_VOB", "H264_NO_B_VOB"})
    void keyframeModeGivesExactlyTheKeyframesEachAsSoonAsItArrives(Kind kind) throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        List<Long> timestamps = new ArrayList<>();
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, kind.name())) {
            decoder.setDecodeMode(DecodeMode.KEYFRAMES);
            for (AccessUnit unit : units) {
                decoder.send(unit);
                DecodedPicture picture = decoder.poll(true);
                if (unit.keyframe()) {
                    assertNotNull(picture, "the keyframe at " + unit.pts90k() + " comes out before the next unit");
                    timestamps.add(picture.timestampMicros());
                    assertNull(decoder.poll(true), "one picture per keyframe");
                } else {
                    assertNull(picture, "no picture from the unit at " + unit.pts90k());
                }
            }
            assertEquals(units.size() - timestamps.size(), decoder.skippedUnits());
        }
        long start = timestamps.get(0);
        assertEquals(keyframeMicros(kind), timestamps.stream().map(t -> t - start).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"H264_VOB", "H264_NO_B_VOB"})
    void aFileReadInKeyframeModeGivesFfprobesKeyframes(Kind kind) throws Exception {
        List<Long> timestamps = new ArrayList<>();
        try (InputReader reader = new InputReader(PsStreams.file(kind).toString(), Map.of(), -1, kind.name())) {
            reader.setDecodeMode(DecodeMode.KEYFRAMES);
            reader.open(WIDTH);
            DecodedPicture picture;
            while ((picture = reader.read(true)) != null) {
                timestamps.add(picture.timestampMicros());
            }
        }
        long start = timestamps.get(0);
        assertEquals(keyframeMicros(kind), timestamps.stream().map(t -> t - start).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"H264_VOB", "H264_NO_B_VOB"})
    void switchingBackDecodesTheKeptPacketsAtOnceLikeFullDecoding(Kind kind) throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        Map<Long, byte[]> reference = decodeAll(units);
        int secondKeyframe = PsStreams.GOP;
        assertTrue(units.get(secondKeyframe).keyframe(), "GOP of " + PsStreams.GOP);
        int switchAt = secondKeyframe + 12;

        Map<Long, byte[]> resumed = new LinkedHashMap<>();
        int atOnce;
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, "resumed")) {
            decoder.setDecodeMode(DecodeMode.KEYFRAMES);
            for (int i = 0; i < switchAt; i++) {
                decoder.send(units.get(i));
                drainInto(decoder, resumed);
            }
            assertEquals(2, resumed.size(), "two keyframes before the switch");
            decoder.setDecodeMode(DecodeMode.ALL);
            drainInto(decoder, resumed);
            atOnce = resumed.size() - 2;
            for (int i = switchAt; i < units.size(); i++) {
                decoder.send(units.get(i));
                drainInto(decoder, resumed);
            }
            decoder.drain();
            drainInto(decoder, resumed);
        }

        // pictures of the kept packets came out without another unit (less the reordering delay)
        assertTrue(atOnce >= switchAt - secondKeyframe - 1 - 4, atOnce + " pictures at the switch");
        long secondKeyframeMicros = List.copyOf(reference.keySet()).get(PsStreams.GOP);
        List<Long> expected = reference.keySet().stream().filter(t -> t >= secondKeyframeMicros).toList();
        List<Long> got = resumed.keySet().stream().filter(t -> t >= secondKeyframeMicros).toList();
        assertEquals(expected, got, "every picture from the second keyframe on, each once");
        for (long timestamp : expected) {
            assertArrayEquals(reference.get(timestamp), resumed.get(timestamp), "picture at " + timestamp);
        }
    }

    private static void drainInto(AccessUnitDecoder decoder, Map<Long, byte[]> pictures) throws Exception {
        DecodedPicture picture;
        while ((picture = decoder.poll(true)) != null) {
            byte[] previous = pictures.put(picture.timestampMicros(), picture.bgr());
            assertNull(previous, "picture at " + picture.timestampMicros() + " handed out twice");
        }
    }

    private static Map<Long, byte[]> decodeAll(List<AccessUnit> units) throws Exception {
        Map<Long, byte[]> pictures = new LinkedHashMap<>();
        try (AccessUnitDecoder decoder = new AccessUnitDecoder(units.get(0).codec(), WIDTH, "all")) {
            for (AccessUnit unit : units) {
                decoder.send(unit);
                drainInto(decoder, pictures);
            }
            decoder.drain();
            drainInto(decoder, pictures);
        }
        return pictures;
    }

    /**
     * Times of the keyframes' pictures when every picture is decoded, from the first picture: in a
     * closed GOP the keyframe is the GOP's first picture in presentation order too. (ffprobe has no
     * time for some packets of ffmpeg's VOB files, the decoder places them by the frame rate.)
     */
    private static List<Long> keyframeMicros(Kind kind) throws Exception {
        List<Long> all = List.copyOf(decodeAll(PsStreams.demux(PsStreams.bytes(kind), 1400).units()).keySet());
        List<Long> keyframes = new ArrayList<>();
        for (int i = 0; i < all.size(); i += PsStreams.GOP) {
            keyframes.add(all.get(i) - all.get(0));
        }
        return keyframes;
    }
}
