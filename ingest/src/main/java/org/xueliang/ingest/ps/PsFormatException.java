package org.xueliang.ingest.ps;

/**
 * The program stream broke its syntax at a known byte offset. The demuxer reports these to its
 * listener and resynchronises; it never throws them out of {@link PsDemuxer#feed}.
 */
public final class PsFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long offset;

    /**
     * @param problem what was wrong, with expected and actual values
     * @param offset  byte offset in the stream fed to the demuxer, counted from its first byte
     */
    public PsFormatException(String problem, long offset) {
        // no stack trace: these are data errors counted at up to packet rate on a damaged stream
        super(problem + " at offset " + offset, null, false, false);
        this.offset = offset;
    }

    /** Byte offset of the problem in the stream fed to the demuxer. */
    public long offset() {
        return offset;
    }
}
