package org.xueliang.ingest.ps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueliang.ingest.ps.PsStreams.Kind;
import org.xueliang.ingest.ps.PsStreams.ProbedPacket;

/** The demuxer on real program streams made by the ffmpeg CLI, checked against ffprobe. */
class PsDemuxerStreamTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findsEveryPictureWithFfprobesTimestampsAndKeyframes(Kind kind) throws Exception {
        PsStreams.Demuxed demuxed = PsStreams.demux(PsStreams.bytes(kind), 1400);
        List<ProbedPacket> probed = PsStreams.probe(kind);

        assertEquals(List.of(), demuxed.problems());
        assertEquals(PsStreams.FRAMES, probed.size());
        assertEquals(probed.size(), demuxed.units().size());
        for (int i = 0; i < probed.size(); i++) {
            AccessUnit unit = demuxed.units().get(i);
            long theirs = probed.get(i).pts();
            // ffmpeg's parser sometimes also gives a neighbour's PTS to a picture that commences in no PES
            // with a PTS of its own (decoding shows ours right: AccessUnitDecoderTest)
            boolean ffmpegRepeat = unit.pts90k() == AccessUnit.NO_PTS
                    && (i > 0 && theirs == probed.get(i - 1).pts()
                        || i + 1 < probed.size() && theirs == probed.get(i + 1).pts());
            assertTrue(unit.pts90k() == theirs || ffmpegRepeat, "PTS of picture " + i + ": ours " + unit.pts90k()
                    + ", ffprobe " + theirs);
            assertEquals(probed.get(i).keyframe(), unit.keyframe(), "keyframe flag of picture " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "H264_NO_B_VOB", mode = EnumSource.Mode.EXCLUDE)
    void keyframesSitAtTheGopPositionsInPresentationOrder(Kind kind) throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        long first = units.get(0).pts90k();
        Set<Long> keyframeOffsets = new TreeSet<>();
        for (AccessUnit unit : units) {
            if (unit.keyframe()) {
                keyframeOffsets.add((unit.pts90k() - first) / 3600);
            }
        }
        assertEquals(Set.of(0L, (long) PsStreams.GOP), keyframeOffsets);
    }

    @Test
    void withoutBFramesEveryGopthPictureIsAKeyframe() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        for (int i = 0; i < units.size(); i++) {
            assertEquals(i % PsStreams.GOP == 0, units.get(i).keyframe(), "keyframe flag of picture " + i);
        }
    }

    @Test
    void timestampsIncreaseWithoutBFrames() throws Exception {
        long last = -1;
        int withPts = 0;
        for (AccessUnit unit : PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units()) {
            if (unit.pts90k() != AccessUnit.NO_PTS) {
                assertTrue(unit.pts90k() > last, "PTS " + unit.pts90k() + " after " + last);
                last = unit.pts90k();
                withPts++;
            }
        }
        assertTrue(withPts >= PsStreams.FRAMES / 2, "only " + withPts + " pictures had a PTS");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unitsJoinedAreFfmpegsElementaryStream(Kind kind) throws Exception {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (AccessUnit unit : PsStreams.demux(PsStreams.bytes(kind), 1400).units()) {
            joined.writeBytes(unit.annexB());
        }
        assertArrayEquals(PsStreams.elementaryStream(kind), joined.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 188, 2048, 65536, Integer.MAX_VALUE})
    void howTheStreamIsCutDoesNotMatter(int chunk) throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_VOB);
        List<AccessUnit> whole = PsStreams.demux(stream, stream.length).units();
        assertEquals(whole, PsStreams.demux(stream, Math.min(chunk, stream.length)).units());
    }

    @Test
    void recognisesTheCodecWithoutAStreamMap() throws Exception {
        assertEquals(VideoCodec.H264, PsStreams.demux(PsStreams.bytes(Kind.H264_VOB), 1400).units().get(0).codec());
        assertEquals(VideoCodec.H265, PsStreams.demux(PsStreams.bytes(Kind.H265_VOB), 1400).units().get(0).codec());
    }
}
