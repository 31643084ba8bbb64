package org.xueliang.alerts.workflow;

import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.store.Alert;

/** A workflow step the alert's current state does not allow, for example closing a NEW alert. */
public final class InvalidTransitionException extends RuntimeException {
    private final transient Alert current;
    private final WorkflowAction action;

    public InvalidTransitionException(Alert current, WorkflowAction action) {
        super("alert \"" + current.id() + "\" is " + current.state() + ", cannot " + action.path() + "; allowed: "
                + describe(AlertWorkflow.allowed(current.state())));
        this.current = current;
        this.action = action;
    }

    private static String describe(List<WorkflowAction> allowed) {
        return allowed.isEmpty() ? "none" : allowed.stream().map(WorkflowAction::path).collect(Collectors.joining(", "));
    }

    /** The alert as it is now. */
    public Alert current() {
        return current;
    }

    public WorkflowAction action() {
        return action;
    }

    /** What the current state allows instead. */
    public List<WorkflowAction> allowed() {
        return AlertWorkflow.allowed(current.state());
    }
}
