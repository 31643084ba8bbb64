package org.xueliang.simulator.sip;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One UDP socket serving any number of devices: a single receiver thread parses each datagram
 * and hands it to the {@link SipInbound}. In load mode a handful of these carry thousands of devices.
 */
public final class UdpSipEndpoint implements SipLink {

    private static final System.Logger LOG = System.getLogger(UdpSipEndpoint.class.getName());
    private static final int MAX_DATAGRAM = 65_535;

    private final DatagramChannel channel;
    private final InetSocketAddress announced;
    private final SipInbound inbound;
    private final Thread receiver;
    private final AtomicLong malformed = new AtomicLong();

    /** Binds {@code bindAddress} (port 0 for an ephemeral one); Via/Contact announce {@code announcedIp}. */
    public UdpSipEndpoint(InetSocketAddress bindAddress, InetAddress announcedIp, SipInbound inbound,
                          String threadName) throws IOException {
        this.channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
        channel.bind(bindAddress);
        int port = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        this.announced = new InetSocketAddress(announcedIp, port);
        this.inbound = inbound;
        this.receiver = new Thread(this::receiveLoop, threadName);
        receiver.setDaemon(true);
    }

    public void start() {
        receiver.start();
    }

    @Override
    public Transport transport() {
        return Transport.UDP;
    }

    @Override
    public InetSocketAddress localAddress() {
        return announced;
    }

    @Override
    public void send(SipMessage message, InetSocketAddress destination) throws IOException {
        channel.send(ByteBuffer.wrap(message.encode()), destination);
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing UDP SIP socket " + announced + " failed: " + e.getMessage());
        }
    }

    /** Datagrams that were not SIP messages. */
    public long malformedCount() {
        return malformed.get();
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                SocketAddress source = channel.receive(buffer);
                buffer.flip();
                dispatch(buffer, (InetSocketAddress) source);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "UDP SIP receive on " + announced + " failed: " + e.getMessage());
            }
        }
    }

    private void dispatch(ByteBuffer datagram, InetSocketAddress source) {
        if (datagram.remaining() <= 4 && isBlank(datagram)) {
            return; // CRLF keepalive ping
        }
        SipMessage message;
        try {
            message = SipParser.parse(datagram.array(), 0, datagram.limit());
        } catch (SipProtocolException e) {
            if (malformed.getAndIncrement() == 0) {
                LOG.log(Level.WARNING, "ignoring malformed SIP datagram from " + source + ": " + e.getMessage());
            }
            return;
        }
        try {
            inbound.onMessage(message, this, source);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handling " + message.startLine() + " from " + source + " failed", e);
        }
    }

    private static boolean isBlank(ByteBuffer datagram) {
        for (int i = datagram.position(); i < datagram.limit(); i++) {
            if (datagram.get(i) != '\r' && datagram.get(i) != '\n') {
                return false;
            }
        }
        return true;
    }
}
