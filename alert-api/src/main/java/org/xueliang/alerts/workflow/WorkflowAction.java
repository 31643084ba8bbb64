package org.xueliang.alerts.workflow;

import java.util.Locale;

/** What a person can do with an alert; each moves it to another state. */
public enum WorkflowAction {
    /** Take responsibility (受理). */
    ACKNOWLEDGE,
    /** Hand it to a department or person with a due time (转办/派单). */
    DISPATCH,
    /** Report back with feedback and maybe a photo (反馈). */
    RESOLVE,
    /** Finish it after review (回访). */
    CLOSE,
    /** Set it aside as a false alarm, with a reason. */
    DISMISS;

    /** The name in URLs and messages: {@code acknowledge}, {@code dispatch}, ... */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
