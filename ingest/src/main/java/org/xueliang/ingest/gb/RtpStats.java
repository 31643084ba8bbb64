package org.xueliang.ingest.gb;

/**
 * Health counters of one GB28181 stream session, from the socket to the decoder.
 *
 * @param packets        RTP packets accepted (right SSRC, well formed)
 * @param lost           packets never received (sequence gaps given up on)
 * @param reordered      packets that arrived out of order and were put back
 * @param lateOrDuplicate packets that came after their turn or twice; dropped
 * @param wrongSsrc      packets of another SSRC; dropped
 * @param dropped        packets dropped because decoding fell behind
 * @param malformed      datagrams or TCP frames that were not RTP
 * @param psErrors       program stream problems (each followed by resynchronisation)
 * @param decodeErrors   access units the decoder refused and pictures it marked corrupt
 */
public record RtpStats(long packets, long lost, long reordered, long lateOrDuplicate, long wrongSsrc, long dropped,
        long malformed, long psErrors, long decodeErrors) {

    /** Nothing received yet. */
    public static final RtpStats NONE = new RtpStats(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
