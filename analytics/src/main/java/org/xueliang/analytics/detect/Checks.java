package org.xueliang.analytics.detect;

/** Range checks for detector settings with messages that name the key. */
final class Checks {
    private Checks() {
    }

    static void require(boolean ok, String detector, String key, String allowed, Object got) {
        if (!ok) {
            throw new InvalidDetectorConfigException(
                    detector + " detector: '" + key + "' must be " + allowed + ", got " + got);
        }
    }
}
