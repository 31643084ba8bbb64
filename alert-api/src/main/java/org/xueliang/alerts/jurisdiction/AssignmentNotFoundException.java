package org.xueliang.alerts.jurisdiction;

/** A channel that belongs to no site and no grid. */
public final class AssignmentNotFoundException extends RuntimeException {
    public AssignmentNotFoundException(String channelId) {
        super("channel \"" + channelId + "\" belongs to no site or grid");
    }
}
