package org.xueliang.ingest.gb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xueliang.ingest.ps.AccessUnit;

/**
 * The signalling side as tests need it: {@link #play} starts an {@link RtpStreamSender} to the
 * offered port, as a device does after INVITE and ACK; closing the stream (BYE) stops it.
 */
final class FakeDevice implements StreamRequester {
    /** The SSRC the fake signalling allocates for every stream. */
    static final String SSRC = "0100000001";

    private final List<AccessUnit> units;
    private final int rounds;
    private final long sendSsrc;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();

    /**
     * @param units    pictures to send
     * @param rounds   times to send them per session before falling silent
     * @param sendSsrc the SSRC the device actually sends (devices do not always use the offered one)
     */
    FakeDevice(List<AccessUnit> units, int rounds, long sendSsrc) {
        this.units = units;
        this.rounds = rounds;
        this.sendSsrc = sendSsrc;
    }

    /** A well-behaved device using the allocated SSRC. */
    FakeDevice(List<AccessUnit> units, int rounds) {
        this(units, rounds, Long.parseLong(SSRC));
    }

    @Override
    public LiveStream play(String deviceId, String channelId, MediaOffer offer) {
        RtpStreamSender sender = new RtpStreamSender(units, offer, sendSsrc, rounds, Duration.ofMillis(10));
        Session session = new Session(offer, sender);
        sessions.add(session);
        sender.start();
        return session;
    }

    /** Every session started, in order. */
    List<Session> sessions() {
        return sessions;
    }

    /** One INVITE's stream. */
    static final class Session implements LiveStream {
        private final MediaOffer offer;
        private final RtpStreamSender sender;
        private final AtomicBoolean bye = new AtomicBoolean();

        Session(MediaOffer offer, RtpStreamSender sender) {
            this.offer = offer;
            this.sender = sender;
        }

        MediaOffer offer() {
            return offer;
        }

        RtpStreamSender sender() {
            return sender;
        }

        boolean byeSent() {
            return bye.get();
        }

        @Override
        public String ssrc() {
            return SSRC;
        }

        @Override
        public void close() {
            bye.set(true);
            try {
                sender.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
