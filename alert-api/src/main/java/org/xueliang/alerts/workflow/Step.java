package org.xueliang.alerts.workflow;

import java.time.Instant;
import java.util.Objects;

/** One workflow step as asked for, with what it carries. */
public sealed interface Step {
    WorkflowAction action();

    /** The audit trail's note for this step. */
    String note();

    /**
     * Taking responsibility.
     *
     * @param by   the name to show as acknowledging, may be null (the user is recorded in the trail anyway)
     * @param note free text, may be null
     */
    record Acknowledge(String by, String note) implements Step {
        @Override
        public WorkflowAction action() {
            return WorkflowAction.ACKNOWLEDGE;
        }
    }

    /**
     * Handing the alert over.
     *
     * @param assignee department or person
     * @param dueAt    when it must be resolved
     * @param comment  free text, may be null
     */
    record Dispatch(String assignee, Instant dueAt, String comment) implements Step {
        public Dispatch {
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(dueAt, "dueAt");
        }

        @Override
        public WorkflowAction action() {
            return WorkflowAction.DISPATCH;
        }

        @Override
        public String note() {
            return "to " + assignee + " by " + dueAt + (comment == null ? "" : ": " + comment);
        }
    }

    /**
     * Reporting back.
     *
     * @param feedback what was found and done
     * @param photo    an uploaded photo, or null
     * @param photoUrl a link to a photo kept elsewhere, or null; never together with {@code photo}
     */
    record Resolve(String feedback, Photo photo, String photoUrl) implements Step {
        public Resolve {
            Objects.requireNonNull(feedback, "feedback");
            if (photo != null && photoUrl != null) {
                throw new IllegalArgumentException("a resolution has an uploaded photo or a photo URL, not both");
            }
        }

        @Override
        public WorkflowAction action() {
            return WorkflowAction.RESOLVE;
        }

        @Override
        public String note() {
            return feedback;
        }
    }

    /**
     * Finishing after review.
     *
     * @param note the review, may be null
     */
    record Close(String note) implements Step {
        @Override
        public WorkflowAction action() {
            return WorkflowAction.CLOSE;
        }
    }

    /**
     * Setting aside a false alarm.
     *
     * @param reason why it is not real
     */
    record Dismiss(String reason) implements Step {
        public Dismiss {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public WorkflowAction action() {
            return WorkflowAction.DISMISS;
        }

        @Override
        public String note() {
            return reason;
        }
    }
}
