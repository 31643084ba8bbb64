package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.Handling;

class SubscriptionTest {
    /** 2024-05-06 is a Monday; 02:00Z is 10:00 in Shanghai. */
    private static final Instant MONDAY_10H = Instant.parse("2024-05-06T02:00:00Z");
    private static final Alert INTRUSION = Alert.newAlert("a1", "gate", "lawn", "ZONE_INTRUSION", MONDAY_10H,
            MONDAY_10H, List.of(), 0);
    private static final Alert URGENT_ALARM = Alert.newTextAlert("a2", "gate", "gb28181", "DEVICE_ALARM", MONDAY_10H,
            MONDAY_10H, "smoke", 1).withHandling(Handling.of(1, null, null));
    private static final JurisdictionScope PREFIX = JurisdictionScope.civilCodePrefix();

    private static Subscription subscription(String jurisdiction, int minLevel, Set<String> types,
                                             List<TimeWindow> windows, boolean enabled) {
        return new Subscription("s", "s", enabled, DeliveryChannel.WEBSOCKET, null, null, jurisdiction, minLevel,
                types, windows, Subscription.DEFAULT_TIME_ZONE, true);
    }

    @Test
    void withoutFiltersEveryAlertIsAccepted() {
        Subscription all = subscription(null, 3, Set.of(), List.of(), true);

        assertThat(all.accepts(INTRUSION, null, PREFIX)).isTrue();
        assertThat(all.accepts(URGENT_ALARM, "340202001", PREFIX)).isTrue();
        assertThat(subscription(null, 3, Set.of(), List.of(), false).accepts(INTRUSION, null, PREFIX)).isFalse();
    }

    @Test
    void jurisdictionMatchesItsWholeSubtreeByPrefix() {
        Subscription township = subscription("340202001", 3, Set.of(), List.of(), true);

        assertThat(township.accepts(INTRUSION, "340202001", PREFIX)).isTrue();
        assertThat(township.accepts(INTRUSION, "340202001003", PREFIX)).as("a village of it").isTrue();
        assertThat(township.accepts(INTRUSION, "340202002", PREFIX)).as("the next township").isFalse();
        assertThat(township.accepts(INTRUSION, "3402", PREFIX)).as("its county").isFalse();
        assertThat(township.accepts(INTRUSION, null, PREFIX)).as("a channel outside the tree").isFalse();
    }

    @Test
    void minLevelKeepsLessUrgentAlertsOut() {
        Subscription urgentOnly = subscription(null, 1, Set.of(), List.of(), true);

        assertThat(urgentOnly.accepts(URGENT_ALARM, null, PREFIX)).isTrue();
        assertThat(urgentOnly.accepts(INTRUSION, null, PREFIX)).as("default level 2").isFalse();
    }

    @Test
    void typesAndWindowsFilterToo() {
        Subscription intrusions = subscription(null, 3, Set.of("ZONE_INTRUSION"), List.of(), true);
        Subscription nights = subscription(null, 3, Set.of(), List.of(new TimeWindow(EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(18, 0), LocalTime.of(8, 0))), true);
        Subscription mondayMornings = subscription(null, 3, Set.of(), List.of(new TimeWindow(
                Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(12, 0))), true);

        assertThat(intrusions.accepts(INTRUSION, null, PREFIX)).isTrue();
        assertThat(intrusions.accepts(URGENT_ALARM, null, PREFIX)).isFalse();
        assertThat(nights.accepts(INTRUSION, null, PREFIX)).as("10:00 in Shanghai is day").isFalse();
        assertThat(mondayMornings.accepts(INTRUSION, null, PREFIX)).isTrue();
    }
}
