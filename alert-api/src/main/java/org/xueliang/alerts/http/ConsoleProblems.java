package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.xueliang.alerts.console.ProbeFailedException;
import org.xueliang.alerts.console.VideoLimitException;
import org.xueliang.alerts.console.VideoUnavailableException;

/** The problem responses of the console's failures; null for other failures. */
final class ConsoleProblems {
    private ConsoleProblems() {
    }

    static ObjectNode of(Throwable failure) {
        if (failure instanceof ProbeFailedException e) {
            return Problems.problem(422, "probe failed", e.getMessage());
        } else if (failure instanceof VideoUnavailableException e) {
            return Problems.problem(409, "full-rate view unavailable", e.getMessage());
        } else if (failure instanceof VideoLimitException e) {
            return Problems.problem(503, "too many full-rate views", e.getMessage());
        }
        return null;
    }
}
