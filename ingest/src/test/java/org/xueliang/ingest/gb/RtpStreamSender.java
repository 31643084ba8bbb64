package org.xueliang.ingest.gb;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsMuxer;
import org.xueliang.ingest.rtp.RtpPacket;

/**
 * Plays the part of a GB28181 device's media sender: each picture muxed into a program stream,
 * cut into RTP payloads of at most 1400 bytes with the marker on a picture's last packet, sent over
 * UDP or over TCP with RFC 4571 framing to the offered port, one picture per interval.
 */
final class RtpStreamSender implements AutoCloseable {
    static final int MAX_PAYLOAD = 1400;
    /** Sequence numbers start just below the wrap, so that every stream crosses it. */
    private static final int FIRST_SEQUENCE = 65_500;

    private final List<AccessUnit> units;
    private final MediaOffer offer;
    private final long ssrc;
    private final int rounds;
    private final Duration interval;
    private final AtomicLong picturesSent = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Exception failure;

    /**
     * @param units    the pictures, sent in order
     * @param offer    where to send them
     * @param ssrc     the RTP SSRC to use
     * @param rounds   how many times to send the pictures, then fall silent
     * @param interval time between pictures
     */
    RtpStreamSender(List<AccessUnit> units, MediaOffer offer, long ssrc, int rounds, Duration interval) {
        this.units = units;
        this.offer = offer;
        this.ssrc = ssrc;
        this.rounds = rounds;
        this.interval = interval;
        this.thread = new Thread(this::run, "device-sender-" + offer.port());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Pictures sent so far. */
    long picturesSent() {
        return picturesSent.get();
    }

    /** Whether every round has been sent. */
    boolean finished() {
        return !thread.isAlive();
    }

    /** Why sending stopped early, or null. */
    Exception failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.join(5000);
    }

    private void run() {
        try {
            if (offer.transport() == MediaTransport.UDP) {
                try (DatagramSocket socket = new DatagramSocket()) {
                    InetAddress to = InetAddress.getLoopbackAddress();
                    send(packet -> socket.send(new DatagramPacket(packet, packet.length, to, offer.port())));
                }
            } else {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), offer.port())) {
                    OutputStream out = socket.getOutputStream();
                    send(packet -> {
                        out.write(packet.length >> 8);
                        out.write(packet.length);
                        out.write(packet);
                        out.flush();
                    });
                }
            }
        } catch (IOException | InterruptedException e) {
            failure = e;
        }
    }

    private void send(PacketWriter writer) throws IOException, InterruptedException {
        PsMuxer muxer = new PsMuxer(units.get(0).codec());
        int sequence = FIRST_SEQUENCE;
        for (int round = 0; round < rounds && !stopped; round++) {
            for (AccessUnit unit : units) {
                if (stopped) {
                    return;
                }
                for (RtpPacket packet : packetise(muxer.mux(unit), sequence, unit.pts90k() & 0xFFFF_FFFFL)) {
                    writer.write(packet.encode());
                    sequence = (sequence + 1) & 0xFFFF;
                }
                picturesSent.incrementAndGet();
                Thread.sleep(interval.toMillis());
            }
        }
    }

    private List<RtpPacket> packetise(byte[] ps, int firstSequence, long timestamp) {
        List<RtpPacket> packets = new ArrayList<>();
        for (int offset = 0, sequence = firstSequence; offset < ps.length; offset += MAX_PAYLOAD) {
            int end = Math.min(ps.length, offset + MAX_PAYLOAD);
            packets.add(RtpPacket.of(end == ps.length, 96, sequence, timestamp, ssrc,
                    java.util.Arrays.copyOfRange(ps, offset, end)));
            sequence = (sequence + 1) & 0xFFFF;
        }
        return packets;
    }

    @FunctionalInterface
    private interface PacketWriter {
        void write(byte[] packet) throws IOException;
    }
}
