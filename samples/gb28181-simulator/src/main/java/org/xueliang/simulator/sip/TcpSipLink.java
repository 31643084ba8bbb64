package org.xueliang.simulator.sip;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;

/** One device's TCP connection to the SIP server, served by a {@link TcpSipConnector}. */
public final class TcpSipLink implements SipLink {

    private static final System.Logger LOG = System.getLogger(TcpSipLink.class.getName());

    private final SocketChannel channel;
    private final SipInbound inbound;
    private final TcpSipConnector connector;
    private final SipStreamFramer framer = new SipStreamFramer();
    private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
    private final InetSocketAddress local;
    private final InetSocketAddress remote;
    private SelectionKey key;
    private volatile boolean open = true;

    TcpSipLink(SocketChannel channel, SipInbound inbound, TcpSipConnector connector) throws IOException {
        this.channel = channel;
        this.inbound = inbound;
        this.connector = connector;
        this.local = (InetSocketAddress) channel.getLocalAddress();
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
    }

    @Override
    public Transport transport() {
        return Transport.TCP;
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void send(SipMessage message, InetSocketAddress destination) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(message.encode());
        synchronized (this) {
            if (!open) {
                throw new ClosedChannelException();
            }
            if (pending.isEmpty()) {
                channel.write(bytes);
                if (!bytes.hasRemaining()) {
                    return;
                }
            }
            pending.add(bytes);
        }
        connector.requestWrite(this);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        closeQuietly(null);
    }

    void register(Selector selector) throws IOException {
        key = channel.register(selector, SelectionKey.OP_READ, this);
    }

    synchronized void enableWriteInterest(Selector selector) {
        if (key != null && key.isValid() && !pending.isEmpty()) {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    void readAvailable(ByteBuffer buffer) {
        try {
            buffer.clear();
            int count = channel.read(buffer);
            if (count < 0) {
                closeQuietly("server closed the connection");
                return;
            }
            List<SipMessage> messages = framer.feed(buffer.array(), 0, count);
            for (SipMessage message : messages) {
                deliver(message);
            }
        } catch (IOException | SipProtocolException e) {
            closeQuietly(e.getMessage());
        }
    }

    private void deliver(SipMessage message) {
        try {
            inbound.onMessage(message, this, remote);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "handling " + message.startLine() + " from " + remote + " failed", e);
        }
    }

    void flush(SelectionKey selectionKey) {
        String failure = null;
        synchronized (this) {
            try {
                while (!pending.isEmpty()) {
                    ByteBuffer head = pending.peek();
                    channel.write(head);
                    if (head.hasRemaining()) {
                        break;
                    }
                    pending.poll();
                }
                if (pending.isEmpty()) {
                    selectionKey.interestOps(SelectionKey.OP_READ);
                }
            } catch (IOException e) {
                failure = "write failed: " + e.getMessage();
            }
        }
        if (failure != null) {
            closeQuietly(failure);
        }
    }

    /** Closes the connection; a non-null reason is reported to the inbound handler. */
    void closeQuietly(String reason) {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
            pending.clear();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing TCP SIP connection " + local + " failed: " + e.getMessage());
        }
        if (reason != null) {
            inbound.onClosed(this, reason);
        }
    }
}
