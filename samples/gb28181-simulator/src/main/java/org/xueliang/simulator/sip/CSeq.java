package org.xueliang.simulator.sip;

/** The CSeq header: sequence number and method. */
public record CSeq(long number, String method) {

    /** Parses {@code "2 REGISTER"}. */
    public static CSeq parse(String value) {
        String[] parts = value.strip().split("\\s+");
        if (parts.length != 2) {
            throw new SipProtocolException("CSeq must be '<number> <method>', got '" + value + "'");
        }
        try {
            return new CSeq(Long.parseLong(parts[0]), parts[1]);
        } catch (NumberFormatException e) {
            throw new SipProtocolException("CSeq number must be an integer, got '" + parts[0] + "'");
        }
    }

    @Override
    public String toString() {
        return number + " " + method;
    }
}
