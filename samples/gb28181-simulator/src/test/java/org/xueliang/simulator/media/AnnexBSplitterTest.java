package org.xueliang.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexBSplitterTest {

    private static final HexFormat HEX = HexFormat.of();

    /** NAL units: header byte(s) then payload; first_mb_in_slice 0 is the bit pattern 1xxxxxxx. */
    private static final String SPS = "67640028acd9", PPS = "68ee3cb0", SEI = "0605ffff";
    private static final String IDR_FIRST = "65888004", IDR_SECOND_SLICE = "65412345";
    private static final String P_FIRST = "419a2020", P_SECOND_SLICE = "41223344";

    private static byte[] stream(String... nals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean first = true;
        for (String nal : nals) {
            out.writeBytes(first ? new byte[] {0, 0, 0, 1} : new byte[] {0, 0, 1}); // both start code lengths
            out.writeBytes(HEX.parseHex(nal));
            first = false;
        }
        return out.toByteArray();
    }

    private static byte[] unit(String... nals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String nal : nals) {
            out.writeBytes(new byte[] {0, 0, 0, 1});
            out.writeBytes(HEX.parseHex(nal));
        }
        return out.toByteArray();
    }

    private static List<AccessUnit> split(VideoCodec codec, byte[] data, int chunk) {
        AnnexBSplitter splitter = new AnnexBSplitter(codec);
        List<AccessUnit> units = new ArrayList<>();
        for (int offset = 0; offset < data.length; offset += chunk) {
            units.addAll(splitter.feed(data, offset, Math.min(chunk, data.length - offset)));
        }
        units.addAll(splitter.flush());
        return units;
    }

    @Test
    void groupsParameterSetsSeiAndSlicesIntoPicturesWhateverTheChunking() {
        byte[] data = stream(SPS, PPS, SEI, IDR_FIRST, IDR_SECOND_SLICE, P_FIRST, P_SECOND_SLICE, P_FIRST,
                SPS, PPS, IDR_FIRST);
        for (int chunk = 1; chunk <= data.length; chunk++) {
            List<AccessUnit> units = split(VideoCodec.H264, data, chunk);
            assertThat(units).as("chunk %d", chunk).hasSize(4);
            assertThat(units.get(0).data()).isEqualTo(unit(SPS, PPS, SEI, IDR_FIRST, IDR_SECOND_SLICE));
            assertThat(units.get(1).data()).isEqualTo(unit(P_FIRST, P_SECOND_SLICE));
            assertThat(units.get(2).data()).isEqualTo(unit(P_FIRST));
            assertThat(units.get(3).data()).isEqualTo(unit(SPS, PPS, IDR_FIRST));
            assertThat(units).extracting(AccessUnit::keyframe).containsExactly(true, false, false, true);
        }
    }

    @Test
    void trailingZeroBytesBelongToTheNextStartCode() {
        byte[] data = HEX.parseHex("00000001" + P_FIRST + "0000" + "00000001" + P_FIRST);
        List<AccessUnit> units = split(VideoCodec.H264, data, data.length);
        assertThat(units).hasSize(2);
        assertThat(units.get(0).data()).isEqualTo(unit(P_FIRST));
    }

    @Test
    void h265UsesTwoByteHeadersAndFirstSliceSegmentFlag() {
        String vps = "40010c01", sps = "42010101", pps = "4401c172";
        String idr = "2601af01", idrSecond = "26012f01", trail = "0201d001", trailSecond = "02015001";
        String suffixSei = "5001aabb"; // type 40 stays with its picture
        byte[] data = stream(vps, sps, pps, idr, idrSecond, suffixSei, trail, trailSecond, trail);
        List<AccessUnit> units = split(VideoCodec.H265, data, 3);
        assertThat(units).hasSize(3);
        assertThat(units.get(0).data()).isEqualTo(unit(vps, sps, pps, idr, idrSecond, suffixSei));
        assertThat(units.get(1).data()).isEqualTo(unit(trail, trailSecond));
        assertThat(units).extracting(AccessUnit::keyframe).containsExactly(true, false, false);
    }

    @Test
    void emptyStreamGivesNothing() {
        assertThat(split(VideoCodec.H264, new byte[] {0, 0, 0}, 1)).isEmpty();
    }
}
