package org.xueliang.sip.message;

/**
 * A GB/T 28181 20-digit identifier: centre code (8), industry (2), type (3), network (1),
 * serial (6).
 *
 * @param value the 20 digits
 */
public record GbId(String value) {

    public GbId {
        if (value == null || value.length() != 20) {
            throw new InvalidGbIdException("must be 20 digits, got "
                    + (value == null ? "nothing" : value.length() + " characters \"" + value + "\""));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidGbIdException("must be 20 digits, got '" + c + "' at position " + (i + 1)
                        + " of \"" + value + "\"");
            }
        }
    }

    /** Parses and validates an identifier. */
    public static GbId parse(String value) {
        return new GbId(value);
    }

    /** Province, city, district and grassroots unit: the first 8 digits. */
    public String centreCode() {
        return value.substring(0, 8);
    }

    /** The SIP domain of a platform: the first 10 digits of its ID. */
    public String domain() {
        return value.substring(0, 10);
    }

    /** Industry code, digits 9 and 10. */
    public String industry() {
        return value.substring(8, 10);
    }

    /** Type code, digits 11 to 13 (for example 132 for an IP camera). */
    public int typeCode() {
        return Integer.parseInt(value.substring(10, 13));
    }

    /** The kind of equipment the type code names. */
    public GbDeviceType type() {
        return GbDeviceType.of(typeCode());
    }

    /** Network identifier, digit 14. */
    public GbNetwork network() {
        return GbNetwork.of(value.charAt(13) - '0');
    }

    /** Serial number, the last 6 digits. */
    public String serial() {
        return value.substring(14);
    }

    @Override
    public String toString() {
        return value;
    }
}
