package org.xueliang.simulator.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PsMuxerTest {

    private static byte[] randomUnit(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    @ParameterizedTest
    @EnumSource(VideoCodec.class)
    void keyframePackHasSystemHeaderAndPsmWithTheCodecsStreamType(VideoCodec codec) {
        byte[] data = randomUnit(5000, 1);
        long pts = 8_589_934_000L; // close to the 33-bit limit: every PTS bit is exercised
        byte[] pack = new PsMuxer(codec).mux(new AccessUnit(data, true), pts);

        assertThat(pack).startsWith(0, 0, 1, 0xBA - 256);
        List<PsReader.Pack> packs = PsReader.read(pack);
        assertThat(packs).hasSize(1);
        PsReader.Pack read = packs.get(0);
        assertThat(read.scr()).isEqualTo(pts);
        assertThat(read.systemHeader()).isTrue();
        assertThat(read.psmStreamType()).isEqualTo(codec.streamType());
        assertThat(read.psmCrcValid()).isTrue();
        assertThat(read.ptsValues()).containsExactly(pts);
        assertThat(read.payload()).isEqualTo(data);
    }

    @Test
    void nonKeyframePackHasNeitherSystemHeaderNorPsm() {
        byte[] pack = new PsMuxer(VideoCodec.H264).mux(new AccessUnit(randomUnit(100, 2), false), 3600);
        PsReader.Pack read = PsReader.read(pack).get(0);
        assertThat(read.systemHeader()).isFalse();
        assertThat(read.psmStreamType()).isEqualTo(-1);
        assertThat(read.ptsValues()).containsExactly(3600L);
        assertThat(pack.length).isEqualTo(14 + 6 + 3 + 5 + 100);
    }

    @Test
    void unitLargerThanOnePesIsSpreadOverSeveralWithPtsOnlyOnTheFirst() {
        byte[] data = randomUnit(PsMuxer.MAX_PES_PAYLOAD * 2 + 10, 3);
        byte[] pack = new PsMuxer(VideoCodec.H264).mux(new AccessUnit(data, true), 90_000);
        PsReader.Pack read = PsReader.read(pack).get(0);
        assertThat(read.pesCount()).isEqualTo(3);
        assertThat(read.ptsValues()).containsExactly(90_000L);
        assertThat(read.payload()).isEqualTo(data);
    }

    @Test
    void consecutivePacksReadBackInOrder() {
        PsMuxer muxer = new PsMuxer(VideoCodec.H265);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 5; i++) {
            stream.writeBytes(muxer.mux(new AccessUnit(randomUnit(300 + i, i), i == 0), 1000 + i * 3600L));
        }
        List<PsReader.Pack> packs = PsReader.read(stream.toByteArray());
        assertThat(packs).extracting(PsReader.Pack::scr).containsExactly(1000L, 4600L, 8200L, 11800L, 15400L);
        assertThat(packs).extracting(p -> p.payload().length).containsExactly(300, 301, 302, 303, 304);
    }

    @Test
    void crcMatchesTheMpeg2CheckValue() {
        // CRC-32/MPEG-2 check value from the CRC catalogue: crc("123456789") = 0x0376E6E7
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(Crc32Mpeg2.of(check, 0, check.length)).isEqualTo(0x0376E6E7);
    }
}
