package org.xueliang.simulator.media;

import java.io.IOException;

/** Where RTP packets go: a UDP socket or an RFC 4571 framed TCP connection. */
public interface RtpSink extends AutoCloseable {

    /** Sends {@code packet[0..length)} as one RTP packet. */
    void send(byte[] packet, int length) throws IOException;

    /** Human-readable destination for status and logs. */
    String describe();

    @Override
    void close();
}
