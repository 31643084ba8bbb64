package org.xueliang.simulator.media;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * The device's end of one media session, bound when the INVITE arrives so that its port can go
 * into the SDP answer, and connected when the ACK arrives: a UDP socket, a TCP socket that will
 * connect to the platform (TCP passive), or a listening socket the platform connects to (TCP active).
 */
public final class MediaEndpoint implements AutoCloseable {

    private final SdpOffer offer;
    private final Closeable channel;
    private final int localPort;

    private MediaEndpoint(SdpOffer offer, Closeable channel, int localPort) {
        this.offer = offer;
        this.channel = channel;
        this.localPort = localPort;
    }

    /** Binds a local port (any address) suited to the offer's transport. */
    public static MediaEndpoint bind(SdpOffer offer) throws IOException {
        InetSocketAddress any = new InetSocketAddress(0);
        return switch (offer.transport()) {
            case UDP -> {
                DatagramChannel udp = DatagramChannel.open().bind(any);
                yield new MediaEndpoint(offer, udp, port(udp.getLocalAddress()));
            }
            case TCP_PASSIVE -> {
                SocketChannel tcp = SocketChannel.open().bind(any);
                yield new MediaEndpoint(offer, tcp, port(tcp.getLocalAddress()));
            }
            case TCP_ACTIVE -> {
                ServerSocketChannel server = ServerSocketChannel.open().bind(any, 1);
                yield new MediaEndpoint(offer, server, port(server.getLocalAddress()));
            }
        };
    }

    public int localPort() {
        return localPort;
    }

    public SdpOffer offer() {
        return offer;
    }

    /** Connects or accepts as the transport requires; blocks up to {@code timeout} for TCP. */
    public RtpSink connect(Duration timeout) throws IOException {
        InetSocketAddress remote = new InetSocketAddress(offer.connectionAddress(), offer.port());
        int millis = (int) timeout.toMillis();
        switch (offer.transport()) {
            case UDP:
                return new UdpRtpSink((DatagramChannel) channel, remote);
            case TCP_PASSIVE:
                SocketChannel tcp = (SocketChannel) channel;
                tcp.socket().connect(remote, millis);
                tcp.socket().setTcpNoDelay(true);
                return new TcpRtpSink(tcp, "tcp://" + offer.connectionAddress() + ":" + offer.port());
            default:
                return accept((ServerSocketChannel) channel, millis);
        }
    }

    private RtpSink accept(ServerSocketChannel server, int millis) throws IOException {
        server.socket().setSoTimeout(millis);
        try {
            SocketChannel accepted = server.socket().accept().getChannel();
            accepted.socket().setTcpNoDelay(true);
            InetSocketAddress peer = (InetSocketAddress) accepted.getRemoteAddress();
            return new TcpRtpSink(accepted, "tcp-accepted://" + peer.getAddress().getHostAddress() + ":" + peer.getPort());
        } catch (SocketTimeoutException e) {
            throw new IOException("platform did not connect to media port " + localPort + " within " + millis + " ms", e);
        } finally {
            closeQuietly(server);
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing a socket we are done with: nothing useful to do with the failure
        }
    }

    private static int port(SocketAddress address) {
        return ((InetSocketAddress) address).getPort();
    }
}
