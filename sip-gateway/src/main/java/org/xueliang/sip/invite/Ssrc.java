package org.xueliang.sip.invite;

/**
 * An RTP SSRC as GB/T 28181 writes it in the {@code y=} line and the Subject header: a decimal
 * number. The platform allocates 10 digits (see {@link SsrcAllocator}); devices are read with
 * whatever they answer, up to 10 digits.
 *
 * @param value the decimal digits as written
 */
public record Ssrc(String value) {
    private static final long MAX = 0xFFFF_FFFFL;

    public Ssrc {
        if (value == null || value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("SSRC must be up to 10 decimal digits, got \"" + value + "\"");
        }
        if (Long.parseLong(value) > MAX) {
            throw new IllegalArgumentException("SSRC must fit 32 bits (at most 4294967295), got " + value);
        }
    }

    /** The 32-bit value to compare with the SSRC field of received RTP packets, as an unsigned number. */
    public long rtpValue() {
        return Long.parseLong(value);
    }

    /** True for the history form (first of 10 digits is 1: playback, download); false for live (0). */
    public boolean isHistory() {
        return value.length() == 10 && value.charAt(0) == '1';
    }

    @Override
    public String toString() {
        return value;
    }
}
