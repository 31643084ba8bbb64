package org.xueliang.sip.message;

/** Network identifier, digit 14 of an identifier. */
public enum GbNetwork {
    PUBLIC_SECURITY(5),
    GOVERNMENT(6),
    INTERNET(7),
    SOCIAL_RESOURCES(8),
    OTHER(-1);

    private final int digit;

    GbNetwork(int digit) {
        this.digit = digit;
    }

    /** The network of a digit; digits the standard reserves are {@link #OTHER}. */
    public static GbNetwork of(int digit) {
        for (GbNetwork network : values()) {
            if (network.digit == digit) {
                return network;
            }
        }
        return OTHER;
    }
}
