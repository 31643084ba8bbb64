package org.xueliang.alerts.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.store.AlertState;

class AlertWorkflowTest {
    /** Every allowed step; every other pair of state and action is refused. */
    private static final Map<AlertState, Map<WorkflowAction, AlertState>> ALLOWED = Map.of(
            AlertState.NEW, Map.of(WorkflowAction.ACKNOWLEDGE, AlertState.ACKNOWLEDGED,
                    WorkflowAction.DISMISS, AlertState.DISMISSED),
            AlertState.ACKNOWLEDGED, Map.of(WorkflowAction.DISPATCH, AlertState.DISPATCHED,
                    WorkflowAction.DISMISS, AlertState.DISMISSED),
            AlertState.DISPATCHED, Map.of(WorkflowAction.RESOLVE, AlertState.RESOLVED,
                    WorkflowAction.DISMISS, AlertState.DISMISSED),
            AlertState.RESOLVED, Map.of(WorkflowAction.CLOSE, AlertState.CLOSED),
            AlertState.CLOSED, Map.of(),
            AlertState.DISMISSED, Map.of());

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (AlertState state : AlertState.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                cases.add(Arguments.of(state, action, ALLOWED.get(state).get(action)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStateAndAction")
    void allowsExactlyTheStepsOfTheWorkflow(AlertState from, WorkflowAction action, AlertState expected) {
        assertThat(AlertWorkflow.next(from, action)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void listsTheAllowedActionsInWorkflowOrder() {
        assertThat(AlertWorkflow.allowed(AlertState.NEW)).containsExactly(WorkflowAction.ACKNOWLEDGE,
                WorkflowAction.DISMISS);
        assertThat(AlertWorkflow.allowed(AlertState.ACKNOWLEDGED)).containsExactly(WorkflowAction.DISPATCH,
                WorkflowAction.DISMISS);
        assertThat(AlertWorkflow.allowed(AlertState.DISPATCHED)).containsExactly(WorkflowAction.RESOLVE,
                WorkflowAction.DISMISS);
        assertThat(AlertWorkflow.allowed(AlertState.RESOLVED)).containsExactly(WorkflowAction.CLOSE);
        assertThat(AlertWorkflow.allowed(AlertState.CLOSED)).isEmpty();
        assertThat(AlertWorkflow.allowed(AlertState.DISMISSED)).isEmpty();
    }

    @Test
    void theMainPathEndsClosedAndOnlyOpenStatesTakeRepeats() {
        AlertState state = AlertState.NEW;
        for (WorkflowAction action : List.of(WorkflowAction.ACKNOWLEDGE, WorkflowAction.DISPATCH,
                WorkflowAction.RESOLVE, WorkflowAction.CLOSE)) {
            state = AlertWorkflow.next(state, action).orElseThrow();
        }
        assertThat(state).isEqualTo(AlertState.CLOSED);
        assertThat(Stream.of(AlertState.values()).filter(AlertState::open))
                .containsExactly(AlertState.NEW, AlertState.ACKNOWLEDGED, AlertState.DISPATCHED);
    }
}
