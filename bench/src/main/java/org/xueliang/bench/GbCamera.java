package org.xueliang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.gb.LiveStream;
import org.xueliang.ingest.gb.MediaOffer;
import org.xueliang.ingest.gb.StreamRequester;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsMuxer;
import org.xueliang.ingest.rtp.RtpPacket;
import org.xueliang.ingest.source.SourceException;

/**
 * A simulated GB28181 camera with as many channels as are asked for, answering the server's stream
 * requests in place of the SIP gateway: each accepted request adds a stream to the offered port
 * with an SSRC of its own. One sender thread plays the clip's pictures in real time, looped: each
 * picture is muxed once into a GB28181 program stream pack (the presentation time running on over
 * loops), cut into RTP payloads of 1400 bytes, and sent over UDP to every stream.
 */
final class GbCamera implements StreamRequester, AutoCloseable {
    private static final int MAX_PAYLOAD = 1400;
    private static final int PAYLOAD_TYPE = 96;
    private static final long PICTURE_90K = 3600;

    private final List<AccessUnit> units;
    private final double frameRate;
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextSsrc = new AtomicInteger(100_000_001);
    private final Thread sender;
    private final DatagramSocket socket;
    private volatile boolean stopped;
    private volatile Exception failure;

    /** One channel's stream: where it goes and its RTP state, touched by the sender thread alone. */
    private static final class Stream implements LiveStream {
        private final List<Stream> owner;
        private final int port;
        private final long ssrc;
        private int sequence;

        Stream(List<Stream> owner, int port, long ssrc) {
            this.owner = owner;
            this.port = port;
            this.ssrc = ssrc;
        }

        @Override
        public String ssrc() {
            return String.format("%010d", ssrc);
        }

        @Override
        public void close() {
            owner.remove(this);
        }
    }

    /**
     * @param units     the clip's pictures in decoding order
     * @param frameRate pictures per second to send
     */
    GbCamera(List<AccessUnit> units, double frameRate) throws IOException {
        this.units = List.copyOf(units);
        this.frameRate = frameRate;
        this.socket = new DatagramSocket();
        this.sender = new Thread(this::run, "gb-camera-sender");
        sender.setDaemon(true);
    }

    void start() {
        sender.start();
    }

    @Override
    public LiveStream play(String deviceId, String channelId, MediaOffer offer) throws SourceException {
        if (offer.transport() != MediaTransport.UDP) {
            throw SourceException.failed("the simulated camera sends over UDP only, asked for " + offer.transport());
        }
        if (failure != null) {
            throw SourceException.failed("the simulated camera's sender failed: " + failure);
        }
        Stream stream = new Stream(streams, offer.port(), nextSsrc.getAndIncrement());
        streams.add(stream);
        return stream;
    }

    /** CPU time of the sender thread so far. */
    long senderCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getThreadCpuTime(sender.getId());
        return Math.max(0, cpu);
    }

    /** Why the sender stopped early, or null. */
    Exception failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        sender.interrupt();
        sender.join(5000);
        socket.close();
    }

    private void run() {
        PsMuxer muxer = new PsMuxer(units.get(0).codec());
        long clip90k = units.size() * PICTURE_90K;
        long start = System.nanoTime();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try {
            for (long picture = 0; !stopped; picture++) {
                long due = start + (long) (picture * 1e9 / frameRate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                AccessUnit unit = units.get((int) (picture % units.size()));
                long pts = (unit.pts90k() + picture / units.size() * clip90k) & AccessUnit.MAX_PTS;
                List<byte[]> payloads = payloads(muxer.mux(new AccessUnit(unit.codec(), unit.annexB(), pts,
                        unit.keyframe())));
                for (Stream stream : streams) {
                    send(stream, payloads, pts & 0xFFFF_FFFFL, loopback);
                }
            }
        } catch (InterruptedException e) {
            // closed
        } catch (IOException | RuntimeException e) {
            if (!stopped) {
                failure = e;
            }
        }
    }

    private void send(Stream stream, List<byte[]> payloads, long timestamp, InetAddress to) throws IOException {
        for (int i = 0; i < payloads.size(); i++) {
            byte[] packet = RtpPacket.of(i == payloads.size() - 1, PAYLOAD_TYPE, stream.sequence, timestamp,
                    stream.ssrc, payloads.get(i)).encode();
            stream.sequence = (stream.sequence + 1) & 0xFFFF;
            socket.send(new DatagramPacket(packet, packet.length, to, stream.port));
        }
    }

    private static List<byte[]> payloads(byte[] ps) {
        List<byte[]> payloads = new ArrayList<>(ps.length / MAX_PAYLOAD + 1);
        for (int offset = 0; offset < ps.length; offset += MAX_PAYLOAD) {
            payloads.add(Arrays.copyOfRange(ps, offset, Math.min(ps.length, offset + MAX_PAYLOAD)));
        }
        return payloads;
    }
}
