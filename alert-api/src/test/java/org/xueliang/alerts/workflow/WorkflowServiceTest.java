package org.xueliang.alerts.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.pipeline.AlertChange;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.pipeline.PipelineObserver;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertOutbox;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Handling;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;

/** Acceptance 1: an alert walks through every state; every step the workflow does not allow is refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final Step ACKNOWLEDGE = new Step.Acknowledge("li", "on my way");
    private static final Step DISPATCH = new Step.Dispatch("新安派出所", T0.plus(Duration.ofHours(2)), "patrol car 3");
    private static final Step RESOLVE = new Step.Resolve("kids on the lawn, sent home", new Photo("image/jpeg", JPEG),
            null);
    private static final Step CLOSE = new Step.Close("called back, all fine");
    private static final Step DISMISS = new Step.Dismiss("a dog, not a person");

    /** The database of the table of refused steps, shared by its cases. */
    private final Fixture shared = new Fixture(Vendor.H2);

    /** One database with the workflow wired to it, and what the listeners heard. */
    static final class Fixture implements AutoCloseable {
        final TestDatabase db;
        final MutableClock clock = new MutableClock(T0);
        final AlertStore alerts;
        final WorkflowQueries queries;
        final List<AlertChange> changes = Collections.synchronizedList(new ArrayList<>());
        final WorkflowService service;

        Fixture(Vendor vendor) {
            db = TestDatabase.open(vendor);
            alerts = new AlertStore(db.database().dataSource());
            queries = new WorkflowQueries(db.database().dataSource());
            AlertListener recorder = new AlertListener() {
                @Override
                public void onAlert(Alert alert) {
                }

                @Override
                public void onChange(AlertChange change) {
                    changes.add(change);
                }
            };
            service = new WorkflowService(alerts, new WorkflowStore(db.database().dataSource(), AlertOutbox.none()),
                    new AlertListeners(List.of(recorder), PipelineObserver.none()), clock);
        }

        Alert newAlert(String id, String channel, String rule) {
            Alert alert = Alert.newAlert(id, channel, rule, "ZONE_INTRUSION", T0, T0, List.of(), 0)
                    .withHandling(Handling.of(2, "341122100", T0.plus(Duration.ofMinutes(15))));
            alerts.insert(alert, null);
            return alert;
        }

        Alert apply(String id, Step step) {
            return service.apply(id, step, "wang.li", alert -> true);
        }

        @Override
        public void close() {
            db.close();
        }
    }

    @AfterAll
    void closeShared() {
        shared.close();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void walksAnAlertThroughEveryStateAndKeepsTheTrail(Vendor vendor) {
        try (Fixture f = new Fixture(vendor)) {
            f.newAlert("a1", "cam-1", "lawn");

            f.clock.set(T0.plusSeconds(60));
            Alert acknowledged = f.apply("a1", ACKNOWLEDGE);
            f.clock.set(T0.plusSeconds(120));
            Alert dispatched = f.apply("a1", DISPATCH);
            f.clock.set(T0.plusSeconds(1800));
            Alert resolved = f.apply("a1", RESOLVE);
            f.clock.set(T0.plusSeconds(2400));
            Alert closed = f.apply("a1", CLOSE);

            assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(acknowledged.acknowledgedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(acknowledged.acknowledgedBy()).isEqualTo("li");
            assertThat(acknowledged.acknowledgeNote()).isEqualTo("on my way");
            // acknowledged in time: no escalation deadline runs any more
            assertThat(acknowledged.handling().ackDueAt()).isNull();
            assertThat(dispatched.state()).isEqualTo(AlertState.DISPATCHED);
            assertThat(dispatched.handling()).isEqualTo(new Handling(2, "341122100", null, 0, "新安派出所",
                    Instant.parse("2024-05-01T10:00:00Z"), false));
            assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(closed.state()).isEqualTo(AlertState.CLOSED);
            assertThat(f.alerts.find("a1")).contains(closed);

            List<AuditEntry> trail = f.queries.trail("a1");
            assertThat(trail).containsExactly(
                    new AuditEntry("a1", 1, AlertState.NEW, AlertState.ACKNOWLEDGED, "ACKNOWLEDGE", "wang.li",
                            T0.plusSeconds(60), "on my way"),
                    new AuditEntry("a1", 2, AlertState.ACKNOWLEDGED, AlertState.DISPATCHED, "DISPATCH", "wang.li",
                            T0.plusSeconds(120), "to 新安派出所 by 2024-05-01T10:00:00Z: patrol car 3"),
                    new AuditEntry("a1", 3, AlertState.DISPATCHED, AlertState.RESOLVED, "RESOLVE", "wang.li",
                            T0.plusSeconds(1800), "kids on the lawn, sent home"),
                    new AuditEntry("a1", 4, AlertState.RESOLVED, AlertState.CLOSED, "CLOSE", "wang.li",
                            T0.plusSeconds(2400), "called back, all fine"));
            assertThat(f.queries.resolution("a1")).contains(new Resolution("kids on the lawn, sent home", null,
                    "image/jpeg", "wang.li", T0.plusSeconds(1800)));
            assertThat(f.queries.photo("a1")).hasValueSatisfying(photo -> {
                assertThat(photo.contentType()).isEqualTo("image/jpeg");
                assertThat(photo.bytes()).isEqualTo(JPEG);
            });
            assertThat(f.changes).extracting(AlertChange::kind).containsOnly(AlertChange.Kind.TRANSITIONED);
            assertThat(f.changes).extracting(AlertChange::entry).containsExactlyElementsOf(trail);
            assertThat(f.changes).extracting(change -> change.alert().state()).containsExactly(
                    AlertState.ACKNOWLEDGED, AlertState.DISPATCHED, AlertState.RESOLVED, AlertState.CLOSED);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void dismissesFromEveryOpenStateAndCountsPerChannelAndRule(Vendor vendor) {
        try (Fixture f = new Fixture(vendor)) {
            f.newAlert("new", "cam-1", "lawn");
            f.newAlert("acknowledged", "cam-1", "lawn");
            f.apply("acknowledged", ACKNOWLEDGE);
            f.newAlert("dispatched", "cam-2", "gate");
            f.apply("dispatched", ACKNOWLEDGE);
            f.apply("dispatched", DISPATCH);
            f.newAlert("kept", "cam-1", "lawn");
            f.newAlert("quiet", "cam-3", "gate");

            for (String id : List.of("new", "acknowledged", "dispatched")) {
                AlertState before = f.alerts.find(id).orElseThrow().state();
                Alert dismissed = f.apply(id, DISMISS);
                assertThat(dismissed.state()).isEqualTo(AlertState.DISMISSED);
                List<AuditEntry> trail = f.queries.trail(id);
                assertThat(trail.get(trail.size() - 1)).isEqualTo(new AuditEntry(id, trail.size(), before,
                        AlertState.DISMISSED, "DISMISS", "wang.li", T0, "a dog, not a person"));
            }

            assertThat(f.queries.dismissed(null, null, null)).containsExactly(
                    new DismissedCount("cam-1", "lawn", 2, 3), new DismissedCount("cam-2", "gate", 1, 1));
            assertThat(f.queries.dismissed(null, null, Set.of("cam-2", "cam-3")))
                    .containsExactly(new DismissedCount("cam-2", "gate", 1, 1));
            assertThat(f.queries.dismissed(T0.plusSeconds(1), null, null)).isEmpty();
        }
    }

    /** How to bring a new alert into each state. */
    private static List<Step> pathTo(AlertState state) {
        return switch (state) {
            case NEW -> List.of();
            case ACKNOWLEDGED -> List.of(ACKNOWLEDGE);
            case DISPATCHED -> List.of(ACKNOWLEDGE, DISPATCH);
            case RESOLVED -> List.of(ACKNOWLEDGE, DISPATCH, RESOLVE);
            case CLOSED -> List.of(ACKNOWLEDGE, DISPATCH, RESOLVE, CLOSE);
            case DISMISSED -> List.of(DISMISS);
        };
    }

    static Stream<Arguments> refusedSteps() {
        List<Arguments> cases = new ArrayList<>();
        for (AlertState state : AlertState.values()) {
            for (Step step : List.of(ACKNOWLEDGE, DISPATCH, RESOLVE, CLOSE, DISMISS)) {
                if (AlertWorkflow.next(state, step.action()).isEmpty()) {
                    cases.add(Arguments.of(state, step));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refusedSteps")
    void refusesEveryStepTheStateDoesNotAllow(AlertState state, Step step) {
        String id = UUID.randomUUID().toString();
        shared.newAlert(id, "cam-1", "lawn");
        pathTo(state).forEach(s -> shared.apply(id, s));
        Alert before = shared.alerts.find(id).orElseThrow();
        List<AuditEntry> trailBefore = shared.queries.trail(id);
        int heard = shared.changes.size();
        String allowed = state == AlertState.CLOSED || state == AlertState.DISMISSED ? "none"
                : String.join(", ", AlertWorkflow.allowed(state).stream().map(WorkflowAction::path).toList());

        assertThatThrownBy(() -> shared.apply(id, step))
                .isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
                    assertThat(e).hasMessage("alert \"" + id + "\" is " + state + ", cannot " + step.action().path()
                            + "; allowed: " + allowed);
                    assertThat(e.current()).isEqualTo(before);
                    assertThat(e.allowed()).isEqualTo(AlertWorkflow.allowed(state));
                });
        assertThat(shared.alerts.find(id)).contains(before);
        assertThat(shared.queries.trail(id)).isEqualTo(trailBefore);
        assertThat(shared.changes).hasSize(heard);
    }

    @Test
    void anAlertOutsideTheCallersScopeReadsAsMissing() {
        shared.newAlert("hidden", "cam-b1", "lawn");

        assertThatThrownBy(() -> shared.service.apply("hidden", ACKNOWLEDGE, "officer-a", alert -> false))
                .isInstanceOf(AlertNotFoundException.class)
                .hasMessage("alert \"hidden\" does not exist");
        assertThatThrownBy(() -> shared.apply("no-such-alert", ACKNOWLEDGE))
                .isInstanceOf(AlertNotFoundException.class)
                .hasMessage("alert \"no-such-alert\" does not exist");
        assertThat(shared.alerts.find("hidden").orElseThrow().state()).isEqualTo(AlertState.NEW);
    }

    @Test
    void aStepThatLosesARaceIsRefusedAgainstTheStateThatWon() {
        shared.newAlert("raced", "cam-1", "lawn");

        // the visibility check runs between reading and writing: the other operator dismisses it right then
        assertThatThrownBy(() -> shared.service.apply("raced", ACKNOWLEDGE, "wang.li", alert -> {
            shared.service.apply("raced", DISMISS, "zhao", a -> true);
            return true;
        })).isInstanceOfSatisfying(InvalidTransitionException.class, e -> {
            assertThat(e.current().state()).isEqualTo(AlertState.DISMISSED);
            assertThat(e).hasMessage("alert \"raced\" is DISMISSED, cannot acknowledge; allowed: none");
        });
        assertThat(shared.queries.trail("raced")).extracting(AuditEntry::actor).containsExactly("zhao");
    }
}
