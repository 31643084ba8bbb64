package org.xueliang.alerts.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.Callable;
import org.xueliang.alerts.store.StoreExecutor;

/** Runs blocking store calls on the bounded store pool and brings the result back to the caller's context. */
final class Blocking {
    private final StoreExecutor executor;

    Blocking(StoreExecutor executor) {
        this.executor = executor;
    }

    <T> Future<T> call(Callable<T> call) {
        Context context = Vertx.currentContext();
        return context == null ? Future.fromCompletionStage(executor.submit(call))
                : Future.fromCompletionStage(executor.submit(call), context);
    }
}
