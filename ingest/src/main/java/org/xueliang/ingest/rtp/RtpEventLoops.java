package org.xueliang.ingest.rtp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The network threads all RTP receivers share: a small NIO event loop group with daemon threads
 * named {@code rtp-io-*}. Packets are only decoded and queued there, so one or two threads serve
 * hundreds of streams. Created and closed by the server; keeps Netty out of the wiring code.
 */
public final class RtpEventLoops implements AutoCloseable {
    private static final long QUIET_PERIOD_MILLIS = 0;
    private static final long SHUTDOWN_TIMEOUT_MILLIS = 2000;

    private final EventLoopGroup group;

    private RtpEventLoops(EventLoopGroup group) {
        this.group = group;
    }

    /** @param threads event loop threads, at least 1 */
    public static RtpEventLoops create(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("RTP event loop threads must be at least 1, got " + threads);
        }
        return new RtpEventLoops(new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("rtp-io", true),
                NioIoHandler.newFactory()));
    }

    EventLoopGroup group() {
        return group;
    }

    /** Stops the threads, waiting up to two seconds. Receivers should be closed first. */
    @Override
    public void close() {
        group.shutdownGracefully(QUIET_PERIOD_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)
                .awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS + 1000);
    }
}
