package org.xueliang.alerts.pipeline;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.store.Alert;

/**
 * The listeners of the alert pipeline, told in order; one that throws is logged and counted and
 * does not keep the others from hearing about the alert.
 */
public final class AlertListeners {
    private static final Logger LOG = LoggerFactory.getLogger(AlertListeners.class);

    private final List<AlertListener> listeners;
    private final PipelineObserver observer;

    /** @param observer told about failing listeners (and, through {@link #observer()}, about the pipeline) */
    public AlertListeners(List<AlertListener> listeners, PipelineObserver observer) {
        this.listeners = List.copyOf(listeners);
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Tells every listener about a committed new alert. */
    public void created(Alert alert) {
        for (AlertListener listener : listeners) {
            try {
                listener.onAlert(alert);
            } catch (RuntimeException e) {
                failed(listener, alert, e);
            }
        }
    }

    /** Tells every listener about a committed change. */
    public void changed(AlertChange change) {
        for (AlertListener listener : listeners) {
            try {
                listener.onChange(change);
            } catch (RuntimeException e) {
                failed(listener, change.alert(), e);
            }
        }
    }

    private void failed(AlertListener listener, Alert alert, RuntimeException e) {
        LOG.error("alert listener {} failed on alert {} of channel {}", listener, alert.id(), alert.channelId(), e);
        observer.listenerFailed(listener, alert);
    }

    public PipelineObserver observer() {
        return observer;
    }
}
