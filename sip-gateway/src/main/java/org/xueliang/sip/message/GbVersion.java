package org.xueliang.sip.message;

/** Edition of GB/T 28181 a device speaks, from its {@code X-GB-Ver} header. */
public enum GbVersion {
    /** GB/T 28181-2016, header value {@code 2.0}, or no header at all. */
    V2016("2.0"),
    /** GB/T 28181-2022, header value {@code 3.0}. */
    V2022("3.0");

    private final String headerValue;

    GbVersion(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The {@code X-GB-Ver} value of this edition. */
    public String headerValue() {
        return headerValue;
    }

    /**
     * The edition an {@code X-GB-Ver} value names. Devices older than 2022 send no header, so an
     * absent or unreadable value means 2016; any major version of 3 or more means 2022.
     */
    public static GbVersion fromHeader(String value) {
        if (value == null || value.isBlank()) {
            return V2016;
        }
        String major = value.trim().split("\\.", 2)[0];
        try {
            return Integer.parseInt(major) >= 3 ? V2022 : V2016;
        } catch (NumberFormatException e) {
            return V2016;
        }
    }
}
