package org.xueliang.ingest.gb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsMuxer;
import org.xueliang.ingest.ps.PsStreams;
import org.xueliang.ingest.ps.PsStreams.Kind;
import org.xueliang.ingest.ps.VideoCodec;
import org.xueliang.ingest.rtp.ReceivedPacket;
import org.xueliang.ingest.rtp.RtpPacket;

/** RTP packets of a muxed stream, reordered and lost, through reordering and demuxing. */
class PsRtpDepacketizerTest {
    private static List<AccessUnit> units;
    private static List<RtpPacket> packets;
    /** Index of the first packet of each picture. */
    private static List<Integer> firstPackets;

    @BeforeAll
    static void packetise() throws Exception {
        units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        packets = new ArrayList<>();
        firstPackets = new ArrayList<>();
        PsMuxer muxer = new PsMuxer(VideoCodec.H264);
        for (AccessUnit unit : units) {
            firstPackets.add(packets.size());
            byte[] ps = muxer.mux(unit);
            for (int offset = 0; offset < ps.length; offset += 1400) {
                int end = Math.min(ps.length, offset + 1400);
                packets.add(RtpPacket.of(end == ps.length, 96, (65530 + packets.size()) & 0xFFFF, 0, 7,
                        Arrays.copyOfRange(ps, offset, end)));
            }
        }
    }

    @Test
    void reorderedPacketsGiveEveryPictureInOrder() {
        PsRtpDepacketizer depacketizer = new PsRtpDepacketizer(32, Duration.ofMillis(100), "test");
        List<RtpPacket> shuffled = new ArrayList<>(packets);
        // swap neighbours after the first packet, which starts the sequence: every other packet arrives early
        for (int i = 1; i + 1 < shuffled.size(); i += 2) {
            RtpPacket first = shuffled.get(i);
            shuffled.set(i, shuffled.get(i + 1));
            shuffled.set(i + 1, first);
        }

        List<PsRtpDepacketizer.Unit> out = feed(depacketizer, shuffled);

        assertThat(out).extracting(PsRtpDepacketizer.Unit::unit).containsExactlyElementsOf(units);
        assertThat(out).noneMatch(PsRtpDepacketizer.Unit::afterLoss);
        assertThat(depacketizer.reorder().reordered()).isEqualTo((shuffled.size() - 1) / 2);
    }

    @Test
    void aLostPacketDropsItsPictureAndMarksTheNext() {
        PsRtpDepacketizer depacketizer = new PsRtpDepacketizer(32, Duration.ofMillis(100), "test");
        List<RtpPacket> lossy = new ArrayList<>(packets);
        int lostPicture = 10;
        lossy.remove((int) firstPackets.get(lostPicture));

        List<PsRtpDepacketizer.Unit> out = feed(depacketizer, lossy);
        depacketizer.expire(Long.MAX_VALUE / 2);

        List<AccessUnit> expected = new ArrayList<>(units);
        expected.remove(lostPicture);
        assertThat(out).extracting(PsRtpDepacketizer.Unit::unit).containsExactlyElementsOf(expected);
        assertThat(out).filteredOn(PsRtpDepacketizer.Unit::afterLoss).extracting(PsRtpDepacketizer.Unit::unit)
                .containsExactly(units.get(lostPicture + 1));
        assertThat(depacketizer.reorder().lost()).isEqualTo(1);
    }

    private static List<PsRtpDepacketizer.Unit> feed(PsRtpDepacketizer depacketizer, List<RtpPacket> arriving) {
        List<PsRtpDepacketizer.Unit> out = new ArrayList<>();
        long now = 0;
        for (RtpPacket packet : arriving) {
            now += Duration.ofMillis(1).toNanos();
            depacketizer.add(new ReceivedPacket(packet, now));
            for (PsRtpDepacketizer.Unit unit = depacketizer.poll(); unit != null; unit = depacketizer.poll()) {
                out.add(unit);
            }
        }
        return out;
    }
}
