package org.xueliang.simulator.sip;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Opens one TCP connection per device and serves all of them from a single selector thread,
 * so that a TCP fleet does not need a thread per device. Connections stay open; requests from
 * the server arrive on them and are answered on them.
 */
public final class TcpSipConnector implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TcpSipConnector.class.getName());

    private final Selector selector;
    private final Queue<TcpSipLink> toRegister = new ConcurrentLinkedQueue<>();
    private final Queue<TcpSipLink> wantWrite = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public TcpSipConnector(String threadName) throws IOException {
        this.selector = Selector.open();
        this.thread = new Thread(this::loop, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Connects (blocking, bounded by {@code timeout}) and starts reading on the selector thread. */
    public TcpSipLink connect(InetSocketAddress server, SipInbound inbound, Duration timeout) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket().connect(server, (int) timeout.toMillis());
            channel.socket().setTcpNoDelay(true);
            channel.configureBlocking(false);
        } catch (IOException e) {
            channel.close();
            throw new IOException("TCP connect to SIP server " + server + " failed: " + e.getMessage(), e);
        }
        TcpSipLink link = new TcpSipLink(channel, inbound, this);
        toRegister.add(link);
        selector.wakeup();
        return link;
    }

    void requestWrite(TcpSipLink link) {
        wantWrite.add(link);
        selector.wakeup();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
            selector.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing TCP selector failed: " + e.getMessage());
        }
    }

    private void loop() {
        ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
        while (running) {
            try {
                registerPending();
                selector.select(1000);
                for (SelectionKey key : selector.selectedKeys()) {
                    service(key, readBuffer);
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "TCP SIP selector loop error", e);
            }
        }
        for (SelectionKey key : selector.keys()) {
            ((TcpSipLink) key.attachment()).closeQuietly("connector closed");
        }
    }

    private void registerPending() {
        TcpSipLink link;
        while ((link = toRegister.poll()) != null) {
            try {
                link.register(selector);
            } catch (IOException e) {
                link.closeQuietly("register failed: " + e.getMessage());
            }
        }
        while ((link = wantWrite.poll()) != null) {
            link.enableWriteInterest(selector);
        }
    }

    private void service(SelectionKey key, ByteBuffer readBuffer) {
        TcpSipLink link = (TcpSipLink) key.attachment();
        if (!key.isValid()) {
            return;
        }
        if (key.isReadable()) {
            link.readAvailable(readBuffer);
        }
        if (key.isValid() && key.isWritable()) {
            link.flush(key);
        }
    }
}
