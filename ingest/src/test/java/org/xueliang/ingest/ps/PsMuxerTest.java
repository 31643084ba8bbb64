package org.xueliang.ingest.ps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.ps.PsStreams.Kind;

/** Round trips through the muxer and the demuxer, fed the way RTP delivers GB28181 streams. */
class PsMuxerTest {

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"H264_VOB", "H265_VOB"})
    void picturesComeOutAsTheyWentInEachAtItsMarker(Kind kind) throws Exception {
        List<AccessUnit> original = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        PsMuxer muxer = new PsMuxer(original.get(0).codec(), 1000);
        List<AccessUnit> found = new ArrayList<>();
        PsDemuxer demuxer = new PsDemuxer(found::add);

        for (int i = 0; i < original.size(); i++) {
            byte[] frame = muxer.mux(original.get(i));
            for (int offset = 0; offset < frame.length; offset += 1400) {
                demuxer.feed(frame, offset, Math.min(1400, frame.length - offset));
            }
            demuxer.endOfFrame();
            assertEquals(i + 1, found.size(), "pictures handed out after the marker of picture " + i);
        }

        assertEquals(original, found);
        assertEquals(0, demuxer.errors());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, PsMuxer.MAX_PES_PAYLOAD})
    void anyPesSizeRoundTripsWithoutMarkers(int pesPayload) throws Exception {
        List<AccessUnit> original = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        PsMuxer muxer = new PsMuxer(VideoCodec.H264, pesPayload);
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        original.forEach(unit -> stream.writeBytes(muxer.mux(unit)));

        PsStreams.Demuxed demuxed = PsStreams.demux(stream.toByteArray(), 1400);

        assertEquals(List.of(), demuxed.problems());
        assertEquals(original, demuxed.units());
    }

    @Test
    void aMarkerInsideAPictureIsDetectedAndMarkersAreIgnoredAfterwards() throws Exception {
        List<AccessUnit> original = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        PsMuxer muxer = new PsMuxer(VideoCodec.H264, 500);
        List<AccessUnit> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        PsDemuxer demuxer = new PsDemuxer(new PsDemuxer.Listener() {
            @Override
            public void accessUnit(AccessUnit unit) {
                found.add(unit);
            }

            @Override
            public void error(PsFormatException problem) {
                problems.add(problem.getMessage());
            }
        });
        for (AccessUnit unit : original) {
            byte[] frame = muxer.mux(unit);
            // a device that sets the marker after every PES packet; markers inside a PES packet are ignored anyway
            int start = 0;
            for (int end : pesEnds(frame)) {
                demuxer.feed(frame, start, end - start);
                demuxer.endOfFrame();
                start = end;
            }
        }
        demuxer.flush();

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("RTP marker bit set inside a picture; ignoring markers from now on"));
        AccessUnit lastIntact = original.get(original.size() - 1);
        assertEquals(lastIntact, found.get(found.size() - 1));
        assertTrue(found.size() >= original.size() - 3, found.size() + " of " + original.size());
    }

    /** Where each video PES packet of a muxed picture ends. */
    private static List<Integer> pesEnds(byte[] frame) {
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i + 6 <= frame.length; i++) {
            if (frame[i] == 0 && frame[i + 1] == 0 && frame[i + 2] == 1 && frame[i + 3] == (byte) 0xE0) {
                int end = i + 6 + ((frame[i + 4] & 0xFF) << 8 | frame[i + 5] & 0xFF);
                ends.add(end);
                i = end - 1;
            }
        }
        return ends;
    }

    @Test
    void streamMapCrcIsCrc32Mpeg2() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0376E6E7, Crc32Mpeg.of(check, 0, check.length));
    }
}
