package org.xueliang.ingest.rtp;

/** Bytes that are not a valid RTP packet (RFC 3550 5.1). */
public final class RtpFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong, with the expected and actual values */
    public RtpFormatException(String problem) {
        // no stack trace: malformed packets are counted at packet rate, not debugged one by one
        super(problem, null, false, false);
    }
}
