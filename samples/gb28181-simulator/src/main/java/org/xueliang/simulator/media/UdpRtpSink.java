package org.xueliang.simulator.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** Sends each RTP packet as one datagram to the address and port of the SDP offer. */
final class UdpRtpSink implements RtpSink {

    private final DatagramChannel channel;
    private final InetSocketAddress destination;

    UdpRtpSink(DatagramChannel channel, InetSocketAddress destination) {
        this.channel = channel;
        this.destination = destination;
    }

    @Override
    public void send(byte[] packet, int length) throws IOException {
        channel.send(ByteBuffer.wrap(packet, 0, length), destination);
    }

    @Override
    public String describe() {
        return "udp://" + destination.getAddress().getHostAddress() + ":" + destination.getPort();
    }

    @Override
    public void close() {
        MediaEndpoint.closeQuietly(channel);
    }
}
