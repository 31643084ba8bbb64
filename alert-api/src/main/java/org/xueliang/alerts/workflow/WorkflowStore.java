package org.xueliang.alerts.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertOutbox;
import org.xueliang.alerts.store.AlertRows;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AlertStateConflictException;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Jdbc;

/**
 * Workflow changes of alerts over JDBC: each step, escalation or missed due time updates the
 * alert only if it is still in the state the caller saw, and appends its audit line, in one
 * transaction. Every method blocks: call it from a store thread.
 */
public final class WorkflowStore {
    /** The actor of the scheduler's entries. */
    public static final String SYSTEM = "system";
    /** Audit action of an escalation. */
    public static final String ESCALATE = "ESCALATE";
    /** Audit action of a missed due time. */
    public static final String OVERDUE = "OVERDUE";

    private final DataSource dataSource;
    private final AlertOutbox outbox;

    /** @param outbox told about every state change inside its transaction */
    public WorkflowStore(DataSource dataSource, AlertOutbox outbox) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Moves an alert from the state it had when read to {@code to}.
     *
     * @param current the alert as the caller read it; the change only applies while it is still in that state
     * @throws AlertNotFoundException       when the alert is gone
     * @throws AlertStateConflictException when its state changed meanwhile (it carries the alert now)
     */
    public Transitioned change(Alert current, AlertState to, Step step, String actor, Instant at) {
        String id = current.id();
        return Jdbc.inTransaction(dataSource, "moving alert " + id + " to " + to, connection -> {
            int updated = update(connection, current, to, step, at);
            Alert now = select(connection, id).orElseThrow(() -> new AlertNotFoundException(id));
            if (updated == 0) {
                throw new AlertStateConflictException(now, current.state());
            }
            if (step instanceof Step.Resolve resolve) {
                ResolutionRows.insert(connection, id, resolve, actor, at);
            }
            AuditEntry entry = AuditRows.append(connection,
                    new AuditEntry(id, 0, current.state(), to, step.action().name(), actor, at, step.note()));
            outbox.stateChanged(connection, now);
            return new Transitioned(now, entry);
        });
    }

    private static int update(Connection connection, Alert current, AlertState to, Step step, Instant at)
            throws SQLException {
        // the state condition makes each step atomic: of two concurrent steps one wins
        String set = switch (step.action()) {
            case ACKNOWLEDGE -> "acknowledged_at = ?, acknowledged_by = ?, acknowledge_note = ?, ack_due_at = NULL";
            case DISPATCH -> "assignee = ?, due_at = ?, overdue = FALSE";
            case RESOLVE, CLOSE, DISMISS -> "ack_due_at = NULL";
        };
        String sql = "UPDATE alerts SET state = ?, " + set + " WHERE id = ? AND state = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = 1;
            statement.setString(next++, to.name());
            if (step instanceof Step.Acknowledge acknowledge) {
                statement.setObject(next++, Jdbc.timestamp(at));
                statement.setString(next++, acknowledge.by());
                statement.setString(next++, acknowledge.note());
            } else if (step instanceof Step.Dispatch dispatch) {
                statement.setString(next++, dispatch.assignee());
                statement.setObject(next++, Jdbc.timestamp(dispatch.dueAt()));
            }
            statement.setString(next++, current.id());
            statement.setString(next, current.state().name());
            return statement.executeUpdate();
        }
    }

    /**
     * Escalates a NEW alert whose acknowledgement deadline passed, unless it was acknowledged or
     * escalated meanwhile (by another node or an earlier scan).
     *
     * @param toJurisdiction the jurisdiction now responsible (the parent), or the same one at the top of the tree
     * @param nextDue        the next acknowledgement deadline, or null when it cannot go higher
     * @return the change, or empty when the alert no longer waits on this deadline
     */
    public Optional<Transitioned> escalate(Alert current, String toJurisdiction, Instant nextDue, String note,
                                           Instant at) {
        String sql = "UPDATE alerts SET jurisdiction_code = ?, ack_due_at = ?, escalations = escalations + 1"
                + " WHERE id = ? AND state = ? AND ack_due_at = ?";
        return Jdbc.inTransaction(dataSource, "escalating alert " + current.id(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, toJurisdiction);
                statement.setObject(2, Jdbc.timestamp(nextDue));
                statement.setString(3, current.id());
                statement.setString(4, AlertState.NEW.name());
                statement.setObject(5, Jdbc.timestamp(current.handling().ackDueAt()));
                if (statement.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            Transitioned escalated = recordSystemStep(connection, current.id(), AlertState.NEW, ESCALATE, note, at);
            outbox.escalated(connection, escalated.alert());
            return Optional.of(escalated);
        });
    }

    /**
     * Flags a DISPATCHED alert whose due time passed, unless it was resolved, dismissed or
     * flagged meanwhile.
     *
     * @return the change, or empty when the alert no longer waits on this due time
     */
    public Optional<Transitioned> markOverdue(Alert current, String note, Instant at) {
        String sql = "UPDATE alerts SET overdue = TRUE WHERE id = ? AND state = ? AND overdue = FALSE AND due_at = ?";
        return Jdbc.inTransaction(dataSource, "flagging alert " + current.id() + " overdue", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, current.id());
                statement.setString(2, AlertState.DISPATCHED.name());
                statement.setObject(3, Jdbc.timestamp(current.handling().dueAt()));
                if (statement.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            Transitioned overdue = recordSystemStep(connection, current.id(), AlertState.DISPATCHED, OVERDUE, note, at);
            outbox.overdue(connection, overdue.alert());
            return Optional.of(overdue);
        });
    }

    private static Transitioned recordSystemStep(Connection connection, String id, AlertState state, String action,
                                                 String note, Instant at) throws SQLException {
        Alert now = select(connection, id).orElseThrow(() -> new AlertNotFoundException(id));
        AuditEntry entry = AuditRows.append(connection, new AuditEntry(id, 0, state, state, action, SYSTEM, at, note));
        return new Transitioned(now, entry);
    }

    /** NEW alerts whose acknowledgement deadline is at or before {@code now}, earliest deadline first. */
    public List<Alert> unacknowledged(Instant now, int limit) {
        return due("ack_due_at", AlertState.NEW, "", now, limit);
    }

    /** DISPATCHED alerts not yet flagged whose due time is at or before {@code now}, earliest first. */
    public List<Alert> unresolved(Instant now, int limit) {
        return due("due_at", AlertState.DISPATCHED, " AND overdue = FALSE", now, limit);
    }

    private List<Alert> due(String deadline, AlertState state, String condition, Instant now, int limit) {
        String sql = "SELECT " + AlertRows.COLUMNS + " FROM alerts WHERE state = ?" + condition
                + " AND " + deadline + " <= ? ORDER BY " + deadline + ", id LIMIT ?";
        return Jdbc.read(dataSource, "looking for " + state + " alerts past their " + deadline, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, state.name());
                statement.setObject(2, Jdbc.timestamp(now));
                statement.setInt(3, limit);
                List<Alert> alerts = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(AlertRows.read(rows));
                    }
                }
                return alerts;
            }
        });
    }

    static Optional<Alert> select(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + AlertRows.COLUMNS + " FROM alerts WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(AlertRows.read(rows)) : Optional.empty();
            }
        }
    }
}
