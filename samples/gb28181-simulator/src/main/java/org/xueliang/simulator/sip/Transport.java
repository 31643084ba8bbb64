package org.xueliang.simulator.sip;

import java.util.Locale;

/** SIP transport of a simulated device. */
public enum Transport {
    UDP, TCP;

    /** Parses {@code udp}/{@code tcp} in any case. */
    public static Transport parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("transport must be udp or tcp, got '" + text + "'", e);
        }
    }
}
