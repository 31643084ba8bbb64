package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.xueliang.alerts.auth.DuplicateUserException;
import org.xueliang.alerts.auth.InvalidUserException;
import org.xueliang.alerts.auth.LoginFailedException;
import org.xueliang.alerts.auth.TokenNotFoundException;
import org.xueliang.alerts.auth.UserNotFoundException;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.jurisdiction.AssignmentNotFoundException;
import org.xueliang.alerts.jurisdiction.DuplicateJurisdictionException;
import org.xueliang.alerts.jurisdiction.DuplicateSiteException;
import org.xueliang.alerts.jurisdiction.InvalidImportException;
import org.xueliang.alerts.jurisdiction.InvalidJurisdictionException;
import org.xueliang.alerts.jurisdiction.JurisdictionInUseException;
import org.xueliang.alerts.jurisdiction.JurisdictionNotFoundException;
import org.xueliang.alerts.jurisdiction.SiteNotFoundException;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.workflow.AlertWorkflow;
import org.xueliang.alerts.workflow.InvalidTransitionException;

/** The problem responses of workflow, jurisdiction and user failures, for {@link ProblemHandler}. */
final class WorkflowProblems {
    private WorkflowProblems() {
    }

    /** The problem of a failure of these features, or null for any other failure. */
    static ObjectNode of(Throwable failure) {
        if (failure instanceof InvalidTransitionException e) {
            ObjectNode problem = Problems.problem(409, "alert state conflict", e.getMessage());
            problem.put("state", e.current().state().name());
            problem.set("allowed", allowed(e.current().state()));
            problem.set("alert", AlertJson.alert(e.current()));
            return problem;
        } else if (failure instanceof ForbiddenException e) {
            return Problems.problem(403, "forbidden", e.getMessage());
        } else if (failure instanceof LoginFailedException e) {
            return Problems.problem(401, "unauthorized", e.getMessage());
        } else if (failure instanceof JurisdictionNotFoundException || failure instanceof SiteNotFoundException
                || failure instanceof AssignmentNotFoundException || failure instanceof UserNotFoundException
                || failure instanceof TokenNotFoundException) {
            return Problems.problem(404, "not found", failure.getMessage());
        } else if (failure instanceof DuplicateJurisdictionException e) {
            return Problems.problem(409, "jurisdiction exists", e.getMessage());
        } else if (failure instanceof DuplicateSiteException e) {
            return Problems.problem(409, "site exists", e.getMessage());
        } else if (failure instanceof DuplicateUserException e) {
            return Problems.problem(409, "user exists", e.getMessage());
        } else if (failure instanceof JurisdictionInUseException e) {
            return Problems.problem(409, "jurisdiction in use", e.getMessage());
        } else if (failure instanceof InvalidJurisdictionException e) {
            return Problems.problem(400, e.title(), e.errors());
        } else if (failure instanceof InvalidUserException e) {
            return Problems.problem(400, "invalid user", e.errors());
        } else if (failure instanceof InvalidImportException e) {
            return Problems.problem(400, "invalid import", List.of(new FieldError("", e.getMessage())));
        }
        return null;
    }

    /** The workflow actions a state allows, by their path names. */
    static ArrayNode allowed(AlertState state) {
        ArrayNode allowed = JsonNodeFactory.instance.arrayNode();
        AlertWorkflow.allowed(state).forEach(action -> allowed.add(action.path()));
        return allowed;
    }
}
