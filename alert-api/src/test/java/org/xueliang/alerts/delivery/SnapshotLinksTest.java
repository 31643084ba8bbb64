package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SnapshotLinksTest {
    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2024-05-01T08:00:02Z");

    static {
        Arrays.fill(KEY, (byte) 'k');
    }

    private final SnapshotLinks links = new SnapshotLinks("https://xl.example.org/", KEY);

    @Test
    void linkCarriesExpiryAndSignature() {
        // python3: hmac.new(b"k" * 32, b"alert-1\n1715155202", sha256).hexdigest()
        assertThat(links.link("alert-1", NOW)).contains("https://xl.example.org/snapshots/alert-1?expires=1715155202"
                + "&sig=bf2f33bdc6f4c69ea1d1afa063c6782328ba4d72536f3d18be691e0fba360fbf");
    }

    @Test
    void verifiesOnlyItsOwnAlertUntilItExpires() {
        String sig = "bf2f33bdc6f4c69ea1d1afa063c6782328ba4d72536f3d18be691e0fba360fbf";

        assertThat(links.verify("alert-1", 1715155202L, sig, NOW)).isTrue();
        assertThat(links.verify("alert-1", 1715155202L, sig, Instant.ofEpochSecond(1715155202L))).isTrue();
        assertThat(links.verify("alert-1", 1715155202L, sig, Instant.ofEpochSecond(1715155203L))).isFalse();
        assertThat(links.verify("alert-2", 1715155202L, sig, NOW)).isFalse();
        assertThat(links.verify("alert-1", 1815155202L, sig, NOW)).as("extended expiry").isFalse();
        assertThat(links.verify("alert-1", 1715155202L, null, NOW)).isFalse();
    }

    @Test
    void withoutPublicUrlThereAreNoLinks() {
        assertThat(new SnapshotLinks("", KEY).link("alert-1", NOW)).isEmpty();
    }
}
