package org.xueliang.simulator.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** RTP over a TCP connection, each packet preceded by its length as 2 bytes big-endian (RFC 4571). */
final class TcpRtpSink implements RtpSink {

    private final SocketChannel channel;
    private final String description;
    private final ByteBuffer frame = ByteBuffer.allocate(2 + 65_535);

    TcpRtpSink(SocketChannel channel, String description) {
        this.channel = channel;
        this.description = description;
    }

    @Override
    public void send(byte[] packet, int length) throws IOException {
        frame.clear();
        frame.putShort((short) length).put(packet, 0, length).flip();
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        MediaEndpoint.closeQuietly(channel);
    }
}
