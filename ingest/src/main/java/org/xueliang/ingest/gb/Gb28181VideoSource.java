package org.xueliang.ingest.gb;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.ffmpeg.AccessUnitDecoder;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.rtp.ReceivedPacket;
import org.xueliang.ingest.rtp.RtpPacketQueue;
import org.xueliang.ingest.rtp.RtpReceiver;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/**
 * A GB28181 camera channel: receives its MPEG-PS over RTP on a port of the media range, asks the
 * device for the stream through the {@link StreamRequester}, and decodes it.
 *
 * <p>{@link #open()} binds a port, sends the INVITE and waits up to the RTP timeout for the first
 * picture. {@link #read} fails with "no RTP for ..." when the device falls silent; the channel then
 * reconnects with back-off, which here means BYE and a new INVITE. {@link #close()} sends BYE and
 * releases the port and the decoder. Used by one thread.
 */
public final class Gb28181VideoSource implements VideoSource {
    private static final Logger LOG = LoggerFactory.getLogger(Gb28181VideoSource.class);
    /** About 45 ms of a 4 Mbit/s stream: enough for network reordering, little added delay. */
    static final int REORDER_PACKETS = 32;
    static final Duration REORDER_DELAY = Duration.ofMillis(100);
    /** About 4 s of a 4 Mbit/s stream in 1400-byte packets. */
    static final int QUEUE_PACKETS = 1500;
    /** Ports tried when a port of the range is taken by another process. */
    private static final int BIND_ATTEMPTS = 4;

    private final Gb28181SourceConfig config;
    private final int analysisWidth;
    private final Gb28181Media media;
    private final String description;
    private final long timeoutNanos;
    private final RtpPacketQueue queue = new RtpPacketQueue(QUEUE_PACKETS);
    private final PsRtpDepacketizer depacketizer;
    private RtpReceiver receiver;
    private LiveStream stream;
    private AccessUnitDecoder decoder;
    private volatile DecodeMode decodeMode = DecodeMode.ALL;
    /** The picture decoded by open, handed out by the first read. */
    private DecodedPicture first;
    private long lastPacketNanos;
    private boolean closed;

    /**
     * @param config        device, channel and transport
     * @param analysisWidth width of converted pictures
     * @param media         the shared requester, settings, event loops and ports
     */
    public Gb28181VideoSource(Gb28181SourceConfig config, int analysisWidth, Gb28181Media media) {
        this.config = config;
        this.analysisWidth = analysisWidth;
        this.media = media;
        this.description = "device " + config.deviceId() + " channel " + config.channelId();
        this.timeoutNanos = media.settings().rtpTimeout().toNanos();
        this.depacketizer = new PsRtpDepacketizer(REORDER_PACKETS, REORDER_DELAY, description);
    }

    @Override
    public StreamInfo open() throws SourceException, InterruptedException {
        receiver = bindReceiver();
        MediaOffer offer = new MediaOffer(media.settings().mediaIp(), receiver.port(), config.transport(), null);
        stream = media.requester().play(config.deviceId(), config.channelId(), offer);
        expectSsrc(stream.ssrc());
        LOG.info("{}: INVITE accepted, receiving {} on port {}, SSRC {}", description, config.transport(),
                receiver.port(), stream.ssrc());
        long deadline = System.nanoTime() + timeoutNanos;
        lastPacketNanos = System.nanoTime();
        while ((first = nextPicture(true)) == null) {
            if (!advance(deadline)) {
                throw firstPictureTimeout();
            }
        }
        return decoder.streamInfo();
    }

    @Override
    public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
        if (receiver == null) {
            throw new IllegalStateException("read before open of " + description);
        }
        if (first != null) {
            // decoded (and converted) in open to learn the stream's size
            DecodedPicture picture = convert ? first : DecodedPicture.skipped(first.timestampMicros());
            first = null;
            return picture;
        }
        DecodedPicture picture;
        while ((picture = nextPicture(convert)) == null) {
            if (!advance(lastPacketNanos + timeoutNanos)) {
                throw SourceException.failed("no RTP for " + seconds(timeoutNanos) + " (" + description + ")");
            }
        }
        return picture;
    }

    @Override
    public boolean setDecodeMode(DecodeMode mode) {
        // applied by the reading thread before the next unit
        decodeMode = mode;
        return true;
    }

    /** The session's counters so far. */
    public RtpStats stats() {
        if (receiver == null) {
            return RtpStats.NONE;
        }
        var reorder = depacketizer.reorder();
        return new RtpStats(receiver.packets(), reorder.lost(), reorder.reordered(),
                reorder.late() + reorder.duplicates(), receiver.wrongSsrc(), queue.dropped(), receiver.malformed(),
                depacketizer.demuxer().errors(), decoder == null ? 0 : decoder.decodeErrors());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stream != null) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                LOG.warn("{}: could not stop the stream: {}", description, e.toString());
            }
        }
        if (receiver != null) {
            LOG.info("{}: session ended, {}", description, stats());
            receiver.close();
            media.ports().release(receiver.port());
        }
        if (decoder != null) {
            decoder.close();
        }
    }

    private RtpReceiver bindReceiver() throws SourceException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            OptionalInt port = media.ports().allocate();
            if (port.isEmpty()) {
                throw SourceException.failed("no free media port in " + media.ports() + " (" + description + ")");
            }
            try {
                return RtpReceiver.start(media.eventLoops(), config.transport(), port.getAsInt(), queue);
            } catch (IOException e) {
                media.ports().release(port.getAsInt());
                last = e;
            }
        }
        throw SourceException.failed(last.getMessage() + " (" + description + ")", last);
    }

    private void expectSsrc(String ssrc) {
        try {
            long value = ssrc == null ? -1 : Long.parseLong(ssrc);
            if (value >= 0 && value <= 0xFFFF_FFFFL) {
                receiver.expectSsrc(value);
                return;
            }
        } catch (NumberFormatException e) {
            // falls through to accepting any SSRC
        }
        LOG.warn("{}: SSRC '{}' is not a 32-bit number; accepting any SSRC", description, ssrc);
    }

    /** The next decoded picture from the packets received so far, or null when more are needed. */
    private DecodedPicture nextPicture(boolean convert) throws SourceException {
        while (true) {
            if (decoder != null) {
                decoder.setDecodeMode(decodeMode);
            }
            DecodedPicture picture = decoder == null ? null : decoder.poll(convert);
            if (picture != null) {
                return picture;
            }
            PsRtpDepacketizer.Unit next = depacketizer.poll();
            if (next == null) {
                return null;
            }
            decode(next);
        }
    }

    private void decode(PsRtpDepacketizer.Unit next) throws SourceException {
        AccessUnit unit = next.unit();
        if (decoder == null) {
            decoder = new AccessUnitDecoder(unit.codec(), analysisWidth, description);
            decoder.setDecodeMode(decodeMode);
        } else if (decoder.codec() != unit.codec()) {
            throw SourceException.failed("codec changed from " + decoder.codec() + " to " + unit.codec() + " ("
                    + description + ")");
        }
        if (next.afterLoss()) {
            decoder.awaitKeyframe();
        }
        decoder.send(unit);
    }

    /**
     * Waits for the next packet until the deadline, or until a missing packet is given up on.
     *
     * @return false when the deadline passed without a packet
     */
    private boolean advance(long deadlineNanos) throws InterruptedException {
        long wakeUp = Math.min(deadlineNanos, depacketizer.nextDeadline());
        ReceivedPacket received = queue.poll(Math.max(0, wakeUp - System.nanoTime()));
        if (received != null) {
            lastPacketNanos = received.arrivalNanos();
            depacketizer.add(received);
            return true;
        }
        long now = System.nanoTime();
        depacketizer.expire(now);
        return now - deadlineNanos < 0;
    }

    private SourceException firstPictureTimeout() {
        String within = " within " + seconds(timeoutNanos) + " after INVITE";
        RtpStats stats = stats();
        if (stats.packets() == 0) {
            String ssrcNote = stats.wrongSsrc() == 0 ? "" : " (" + stats.wrongSsrc() + " packets of SSRC "
                    + receiver.lastWrongSsrc() + " dropped, expected " + stream.ssrc() + ")";
            return SourceException.failed("no RTP from device " + config.deviceId() + " channel " + config.channelId()
                    + within + ssrcNote);
        }
        return SourceException.failed("no decodable picture from " + description + within + " (" + stats.packets()
                + " RTP packets, " + stats.psErrors() + " PS errors, " + stats.decodeErrors() + " decode errors)");
    }

    static String seconds(long nanos) {
        long millis = Duration.ofNanos(nanos).toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
}
