package org.xueliang.ingest.ps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueliang.ingest.ps.PsStreams.Kind;

/** Truncated, cut and corrupted program streams: problems are reported, later pictures still found. */
class PsDemuxerDamageTest {
    private static final int PACK = 2048;

    @Test
    void aBrokenPackStartCodeIsReportedAtItsOffsetAndLaterPicturesAreFound() throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_VOB);
        List<AccessUnit> intact = PsStreams.demux(stream, 1400).units();
        byte[] damaged = stream.clone();
        damaged[10 * PACK + 2] = 0x07;

        PsStreams.Demuxed demuxed = PsStreams.demux(damaged, 1400);

        assertEquals(1, demuxed.problems().size(), demuxed.problems()::toString);
        PsFormatException problem = demuxed.problems().get(0);
        assertEquals(10 * PACK, problem.offset());
        assertEquals("expected a start code 00 00 01 B9..FF, got 00 00 07 BA at offset " + 10 * PACK,
                problem.getMessage());
        assertTrue(demuxed.units().size() < intact.size());
        assertTrue(demuxed.units().size() >= intact.size() - 3, demuxed.units().size() + " of " + intact.size());
        assertEquals(last(intact), last(demuxed.units()));
    }

    @Test
    void aStreamCutInTheMiddleResumesAtTheNextPack() throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_VOB);
        List<AccessUnit> intact = PsStreams.demux(stream, 1400).units();
        int cutFrom = stream.length / 2 + 100;
        int cutTo = cutFrom + 3000;
        byte[] cut = new byte[stream.length - (cutTo - cutFrom)];
        System.arraycopy(stream, 0, cut, 0, cutFrom);
        System.arraycopy(stream, cutTo, cut, cutFrom, stream.length - cutTo);

        PsStreams.Demuxed demuxed = PsStreams.demux(cut, 1400);

        assertFalse(demuxed.problems().isEmpty());
        PsFormatException first = demuxed.problems().get(0);
        assertTrue(first.offset() >= cutFrom - PACK && first.offset() <= cutFrom + PACK, first.getMessage());
        assertTrue(demuxed.units().size() >= intact.size() - 6, demuxed.units().size() + " of " + intact.size());
        assertEquals(last(intact), last(demuxed.units()));
    }

    @Test
    void aTruncatedStreamReportsItsEndAndKeepsTheCompletePictures() throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_VOB);
        List<AccessUnit> intact = PsStreams.demux(stream, 1400).units();
        int end = stream.length / 2 + 1000;

        PsStreams.Demuxed demuxed = PsStreams.demux(Arrays.copyOf(stream, end), 1400);

        assertEquals(1, demuxed.problems().size());
        assertTrue(demuxed.problems().get(0).getMessage().startsWith("stream ends "),
                demuxed.problems().get(0).getMessage());
        assertEquals(end, demuxed.problems().get(0).offset());
        List<AccessUnit> found = demuxed.units();
        assertTrue(found.size() > 10 && found.size() < intact.size(), found.size() + " of " + intact.size());
        assertEquals(intact.subList(0, found.size()), found);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomlyFlippedBytesNeverEscapeAndMostPicturesSurvive(long seed) throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_VOB);
        byte[] damaged = stream.clone();
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
        }
        // every tenth pack header damaged too, so that each run has problems to report
        for (int pack = 5; pack * PACK < damaged.length; pack += 10) {
            damaged[pack * PACK + 4] = 0;
        }

        PsStreams.Demuxed demuxed = PsStreams.demux(damaged, 1 + random.nextInt(3000));

        assertTrue(demuxed.problems().size() >= 3, demuxed.problems()::toString);
        assertTrue(demuxed.units().size() >= PsStreams.FRAMES / 2, demuxed.units().size() + " pictures");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void randomBytesNeverEscapeOrHang(long seed) {
        Random random = new Random(seed);
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        // sprinkle start codes so that the parser gets past synchronisation often
        for (int i = 0; i < 2000; i++) {
            int at = random.nextInt(noise.length - 4);
            noise[at] = 0;
            noise[at + 1] = 0;
            noise[at + 2] = 1;
            noise[at + 3] = (byte) (0xB9 + random.nextInt(0x47));
        }
        PsDemuxer demuxer = new PsDemuxer(unit -> { }, 64 * 1024);
        for (int offset = 0; offset < noise.length; ) {
            int chunk = Math.min(1 + random.nextInt(1500), noise.length - offset);
            demuxer.feed(noise, offset, chunk);
            offset += chunk;
        }
        demuxer.flush();
        assertEquals(noise.length, demuxer.bytesFed());
        // random packet lengths skip long stretches, so problems are few but never none
        assertTrue(demuxer.errors() > 0, demuxer.errors() + " problems");
    }

    @Test
    void aPictureOverTheCapIsDroppedAndTheNextKeyframeIsFound() throws Exception {
        byte[] stream = PsStreams.bytes(Kind.H264_NO_B_VOB);
        List<AccessUnit> intact = PsStreams.demux(stream, 1400).units();
        int keyframeSize = intact.get(0).annexB().length;
        int cap = keyframeSize - 1;
        int fitting = (int) intact.stream().filter(unit -> unit.annexB().length <= cap).count();
        List<AccessUnit> found = new java.util.ArrayList<>();
        List<PsFormatException> problems = new java.util.ArrayList<>();
        PsDemuxer demuxer = new PsDemuxer(new PsDemuxer.Listener() {
            @Override
            public void accessUnit(AccessUnit unit) {
                found.add(unit);
            }

            @Override
            public void error(PsFormatException problem) {
                problems.add(problem);
            }
        }, cap);

        demuxer.feed(stream);
        demuxer.flush();

        assertTrue(problems.get(0).getMessage().startsWith("access unit exceeds " + cap + " bytes; dropped"),
                problems.get(0).getMessage());
        assertTrue(found.size() < intact.size());
        // the picture after a dropped one has lost its start: only whole pictures come out
        assertTrue(found.size() <= fitting, found.size() + " > " + fitting);
        assertTrue(found.stream().allMatch(intact::contains), "every picture found is an intact one");
        assertTrue(found.stream().anyMatch(unit -> unit.pts90k() > intact.get(PsStreams.GOP).pts90k()));
    }

    private static AccessUnit last(List<AccessUnit> units) {
        return units.get(units.size() - 1);
    }
}
