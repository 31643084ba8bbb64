package org.xueliang.alerts.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Data sources that fail the way networks and databases do. */
final class FlakyDataSource {
    private FlakyDataSource() {
    }

    /** The first {@code failures} connection requests fail, like a database restarting. */
    static DataSource failing(DataSource real, int failures, AtomicInteger attempts) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && attempts.incrementAndGet() <= failures) {
                        throw new SQLException("connection refused (attempt " + attempts.get() + ")", "08001");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * The first commit reaches the database but its acknowledgement is lost: the caller sees an
     * exception although the transaction is committed.
     */
    static DataSource losingFirstCommitAcknowledgement(DataSource real) {
        AtomicBoolean lost = new AtomicBoolean();
        return proxy(DataSource.class, real, (method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection connection = real.getConnection();
                return proxy(Connection.class, connection, (inner, innerArgs) -> {
                    Object result = invoke(inner, connection, innerArgs);
                    if (inner.getName().equals("commit") && lost.compareAndSet(false, true)) {
                        throw new SQLException("connection reset after commit", "08006");
                    }
                    return result;
                });
            }
            return invoke(method, real, args);
        });
    }

    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T real, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> call.handle(method, args)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
