package org.xueliang.ingest.gb;

import java.time.Duration;
import java.util.ArrayDeque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsDemuxer;
import org.xueliang.ingest.ps.PsFormatException;
import org.xueliang.ingest.rtp.ReceivedPacket;
import org.xueliang.ingest.rtp.RtpPacket;
import org.xueliang.ingest.rtp.RtpReorderBuffer;

/**
 * RTP packets in, access units out: puts packets in order, feeds their payloads to the PS demuxer
 * (the marker bit ends a picture), and marks the first unit after lost or damaged data so that
 * the decoder waits for a keyframe. Not thread-safe.
 */
final class PsRtpDepacketizer implements RtpReorderBuffer.Listener, PsDemuxer.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(PsRtpDepacketizer.class);

    /**
     * An access unit and whether data was lost just before it.
     *
     * @param unit      the unit
     * @param afterLoss whether the decoder must wait for a keyframe before it
     */
    record Unit(AccessUnit unit, boolean afterLoss) {
    }

    private final String description;
    private final RtpReorderBuffer reorder;
    private final PsDemuxer demuxer = new PsDemuxer(this);
    private final ArrayDeque<Unit> units = new ArrayDeque<>();
    private boolean lossPending;

    PsRtpDepacketizer(int reorderPackets, Duration reorderDelay, String description) {
        this.reorder = new RtpReorderBuffer(reorderPackets, reorderDelay);
        this.description = description;
    }

    /** Adds a received packet; units it completes become available to {@link #poll()}. */
    void add(ReceivedPacket received) {
        reorder.add(received.packet(), received.arrivalNanos(), this);
    }

    /** Gives up on missing packets that were waited for long enough. */
    void expire(long nowNanos) {
        reorder.expire(nowNanos, this);
    }

    /** When {@link #expire} next has something to do, or {@link Long#MAX_VALUE}. */
    long nextDeadline() {
        return reorder.nextDeadline();
    }

    /** The next complete unit, or null. */
    Unit poll() {
        return units.poll();
    }

    RtpReorderBuffer reorder() {
        return reorder;
    }

    PsDemuxer demuxer() {
        return demuxer;
    }

    @Override
    public void packet(RtpPacket packet) {
        byte[] payload = packet.payload();
        demuxer.feed(payload, 0, payload.length);
        if (packet.marker()) {
            demuxer.endOfFrame();
        }
    }

    @Override
    public void lost(int count) {
        demuxer.discontinuity();
        lossPending = true;
    }

    @Override
    public void accessUnit(AccessUnit unit) {
        units.add(new Unit(unit, lossPending));
        lossPending = false;
    }

    @Override
    public void error(PsFormatException problem) {
        lossPending = true;
        // the first problem of a session says most; the others are counted
        if (demuxer.errors() == 1) {
            LOG.warn("{}: {} (further problems are counted, logged at debug)", description, problem.getMessage());
        } else {
            LOG.debug("{}: {}", description, problem.getMessage());
        }
    }
}
