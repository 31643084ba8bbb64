package org.xueliang.simulator.device;

import java.util.concurrent.ThreadLocalRandom;

/** Random tokens for SIP: branches carry the RFC 3261 magic cookie so peers treat them as unique. */
final class Ids {

    private Ids() {
    }

    static String branch() {
        return "z9hG4bK" + hex(12);
    }

    static String tag() {
        return hex(8);
    }

    static String callId(String host) {
        return hex(16) + "@" + host;
    }

    static String hex(int digits) {
        StringBuilder text = new StringBuilder(digits);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < digits; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }
}
