package org.xueliang.alerts.pipeline;

import org.xueliang.alerts.store.Alert;

/** What the alert pipeline reports about its own trouble, for metrics. */
public interface PipelineObserver {
    /** Persisting failed and will be tried again. */
    void persistRetried(Alert alert);

    /** Persisting failed for good: the alert is lost (and was logged with its channel, rule and time). */
    void persistFailed(Alert alert);

    /** A listener threw while being told about an alert. */
    void listenerFailed(AlertListener listener, Alert alert);

    /** An observer that ignores everything, for tests and tools. */
    static PipelineObserver none() {
        return new PipelineObserver() {
            @Override
            public void persistRetried(Alert alert) {
            }

            @Override
            public void persistFailed(Alert alert) {
            }

            @Override
            public void listenerFailed(AlertListener listener, Alert alert) {
            }
        };
    }
}
