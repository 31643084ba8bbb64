package org.xueliang.alerts.workflow;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueliang.alerts.store.AlertState;

/**
 * The alert state machine, pure:
 * <pre>
 * NEW --acknowledge--> ACKNOWLEDGED --dispatch--> DISPATCHED --resolve--> RESOLVED --close--> CLOSED
 *  |                        |                          |
 *  +------------------------+--------dismiss-----------+--> DISMISSED
 * </pre>
 * CLOSED and DISMISSED are final. Dispatching needs an acknowledgement first, so that every
 * dispatched alert has somebody who took it.
 */
public final class AlertWorkflow {
    private static final Map<AlertState, Map<WorkflowAction, AlertState>> TRANSITIONS = transitions();

    private AlertWorkflow() {
    }

    private static Map<AlertState, Map<WorkflowAction, AlertState>> transitions() {
        Map<AlertState, Map<WorkflowAction, AlertState>> table = new EnumMap<>(AlertState.class);
        for (AlertState state : AlertState.values()) {
            table.put(state, new EnumMap<>(WorkflowAction.class));
        }
        table.get(AlertState.NEW).put(WorkflowAction.ACKNOWLEDGE, AlertState.ACKNOWLEDGED);
        table.get(AlertState.NEW).put(WorkflowAction.DISMISS, AlertState.DISMISSED);
        table.get(AlertState.ACKNOWLEDGED).put(WorkflowAction.DISPATCH, AlertState.DISPATCHED);
        table.get(AlertState.ACKNOWLEDGED).put(WorkflowAction.DISMISS, AlertState.DISMISSED);
        table.get(AlertState.DISPATCHED).put(WorkflowAction.RESOLVE, AlertState.RESOLVED);
        table.get(AlertState.DISPATCHED).put(WorkflowAction.DISMISS, AlertState.DISMISSED);
        table.get(AlertState.RESOLVED).put(WorkflowAction.CLOSE, AlertState.CLOSED);
        return table;
    }

    /** The state {@code action} leads to from {@code state}, or empty when it is not allowed there. */
    public static Optional<AlertState> next(AlertState state, WorkflowAction action) {
        return Optional.ofNullable(TRANSITIONS.get(state).get(action));
    }

    /** The actions allowed in {@code state}, in workflow order; empty for a final state. */
    public static List<WorkflowAction> allowed(AlertState state) {
        return List.copyOf(TRANSITIONS.get(state).keySet());
    }
}
