package org.xueliang.ingest.gb;

/** A live stream a device agreed to send: its SSRC, and the way to stop it. */
public interface LiveStream extends AutoCloseable {

    /**
     * The SSRC the device sends with, as the 10 decimal digits of the SDP {@code y=} line: the
     * device's answer when it gave one, else the offer's. Null or not a 32-bit number: any SSRC is
     * accepted.
     */
    String ssrc();

    /** Stops the stream (BYE). Idempotent; never throws; returns without waiting for the device. */
    @Override
    void close();
}
