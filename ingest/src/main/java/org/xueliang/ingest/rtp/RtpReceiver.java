package org.xueliang.ingest.rtp;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.MediaTransport;

/**
 * Receives one stream's RTP on a local port: over UDP, or over TCP with RFC 4571 framing where the
 * device connects to us (GB28181 "TCP passive"). Packets are decoded on the event loop, checked
 * against the expected SSRC and handed to a {@link RtpPacketQueue}; nothing here blocks the loop.
 *
 * <p>Receivers share one small {@link RtpEventLoops} owned by the caller.
 */
public final class RtpReceiver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RtpReceiver.class);
    /** Bursts of a keyframe at camera bit rates fit, with room for a slow consumer. */
    private static final int UDP_RECEIVE_BUFFER = 4 << 20;
    /** UDP datagrams are at most this long; devices may send RTP larger than the MTU. */
    private static final int MAX_DATAGRAM = 0xFFFF;
    private static final long CLOSE_WAIT_SECONDS = 5;
    private static final long ANY_SSRC = -1;

    private final MediaTransport transport;
    private final RtpPacketQueue queue;
    private final Set<Channel> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong packets = new AtomicLong();
    private final AtomicLong wrongSsrc = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private volatile long expectedSsrc = ANY_SSRC;
    private volatile long lastWrongSsrc = ANY_SSRC;
    private final int port;
    private volatile Channel channel;

    private RtpReceiver(MediaTransport transport, int port, RtpPacketQueue queue) {
        this.transport = transport;
        this.port = port;
        this.queue = queue;
    }

    /**
     * Binds the port on all local addresses and starts receiving.
     *
     * @param loops     the shared event loops
     * @param transport UDP, or TCP passive (listen for the device's connection)
     * @param port      local port
     * @param queue     where packets go
     * @throws IOException when the port cannot be bound
     */
    public static RtpReceiver start(RtpEventLoops loops, MediaTransport transport, int port, RtpPacketQueue queue)
            throws IOException, InterruptedException {
        RtpReceiver receiver = new RtpReceiver(transport, port, queue);
        EventLoopGroup group = loops.group();
        ChannelFuture bind = transport == MediaTransport.UDP ? receiver.udp(group, port) : receiver.tcp(group, port);
        bind.await();
        if (!bind.isSuccess()) {
            throw new IOException("could not bind " + transport + " port " + port + ": " + bind.cause().getMessage(),
                    bind.cause());
        }
        receiver.channel = bind.channel();
        return receiver;
    }

    /**
     * From now on only packets of this SSRC are accepted; the others are dropped and counted. Until
     * called, every SSRC is accepted.
     */
    public void expectSsrc(long ssrc) {
        if (ssrc < 0 || ssrc > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("SSRC must be within 0..4294967295, got " + ssrc);
        }
        expectedSsrc = ssrc;
    }

    /** The local port. */
    public int port() {
        return port;
    }

    /** How packets arrive. */
    public MediaTransport transport() {
        return transport;
    }

    /** RTP packets accepted and queued. */
    public long packets() {
        return packets.get();
    }

    /** Packets dropped because their SSRC was not the expected one. */
    public long wrongSsrc() {
        return wrongSsrc.get();
    }

    /** The SSRC of the last packet dropped for its SSRC, or -1. */
    public long lastWrongSsrc() {
        return lastWrongSsrc;
    }

    /** Datagrams or frames that were not RTP, and TCP connections whose framing broke. */
    public long malformed() {
        return malformed.get();
    }

    /** TCP connections accepted. */
    public long connections() {
        return accepted.get();
    }

    /** Closes the port and any TCP connection, waiting briefly for the event loop to finish. Idempotent. */
    @Override
    public void close() {
        Channel bound = channel;
        if (bound == null) {
            return;
        }
        channel = null;
        connections.forEach(Channel::close);
        bound.close().awaitUninterruptibly(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private ChannelFuture udp(EventLoopGroup group, int localPort) {
        return new Bootstrap().group(group).channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, UDP_RECEIVE_BUFFER)
                .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
                .handler(new PacketHandler())
                .bind(localPort);
    }

    private ChannelFuture tcp(EventLoopGroup group, int localPort) {
        PacketHandler handler = new PacketHandler();
        return new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel connection) {
                        accepted.incrementAndGet();
                        connections.add(connection);
                        connection.closeFuture().addListener(closed -> connections.remove(connection));
                        LOG.debug("RTP over TCP port {}: connection from {}", localPort, connection.remoteAddress());
                        connection.pipeline().addLast(new Rfc4571FrameDecoder(Rfc4571FrameDecoder.MAX_FRAME_BYTES),
                                handler);
                    }
                })
                .bind(localPort);
    }

    private void accept(ByteBuf content) {
        RtpPacket packet;
        try {
            packet = RtpPacket.decode(content);
        } catch (RtpFormatException e) {
            malformed.incrementAndGet();
            LOG.debug("{} port {}: {}", transport, port, e.getMessage());
            return;
        }
        long expected = expectedSsrc;
        if (expected != ANY_SSRC && packet.ssrc() != expected) {
            wrongSsrc.incrementAndGet();
            lastWrongSsrc = packet.ssrc();
            return;
        }
        packets.incrementAndGet();
        queue.offer(packet, System.nanoTime());
    }

    /** Decodes datagrams and TCP frames alike; shared by every connection of the receiver. */
    @ChannelHandler.Sharable
    private final class PacketHandler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            try {
                accept(message instanceof DatagramPacket datagram ? datagram.content() : (ByteBuf) message);
            } finally {
                ReferenceCountUtil.release(message);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (cause instanceof DecoderException) {
                malformed.incrementAndGet();
                LOG.warn("RTP over TCP port {}: {}; closing the connection from {}", port, cause.getMessage(),
                        ctx.channel().remoteAddress());
            } else {
                LOG.warn("{} port {}: {}", transport, port, cause.toString());
            }
            if (ctx.channel() instanceof SocketChannel) {
                ctx.close();
            }
        }
    }
}
