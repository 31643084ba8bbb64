package org.xueliang.alerts.workflow;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Predicate;
import org.xueliang.alerts.pipeline.AlertChange;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AlertStateConflictException;
import org.xueliang.alerts.store.AlertStore;

/**
 * Carries out workflow steps: checks the step against {@link AlertWorkflow}, saves it with its
 * audit line, and tells the listeners. Blocking: call it on a store thread.
 */
public final class WorkflowService {
    private final AlertStore alerts;
    private final WorkflowStore store;
    private final AlertListeners listeners;
    private final Clock clock;

    public WorkflowService(AlertStore alerts, WorkflowStore store, AlertListeners listeners, Clock clock) {
        this.alerts = Objects.requireNonNull(alerts, "alerts");
        this.store = Objects.requireNonNull(store, "store");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Applies a step.
     *
     * @param actor   who asks, recorded in the trail
     * @param visible whether the actor may see the alert; one he may not is reported as missing
     * @return the alert after the step
     * @throws AlertNotFoundException      when there is no such alert, or none the actor may see
     * @throws InvalidTransitionException when the alert's state does not allow the step
     */
    public Alert apply(String id, Step step, String actor, Predicate<Alert> visible) {
        Alert current = alerts.find(id).filter(visible).orElseThrow(() -> new AlertNotFoundException(id));
        AlertState to = AlertWorkflow.next(current.state(), step.action())
                .orElseThrow(() -> new InvalidTransitionException(current, step.action()));
        Transitioned done;
        try {
            done = store.change(current, to, step, actor, clock.instant());
        } catch (AlertStateConflictException e) {
            // someone else moved it between reading and writing: report against the state it has now
            throw new InvalidTransitionException(e.current(), step.action());
        }
        listeners.changed(new AlertChange(done.alert(), AlertChange.Kind.TRANSITIONED, done.entry()));
        return done.alert();
    }
}
