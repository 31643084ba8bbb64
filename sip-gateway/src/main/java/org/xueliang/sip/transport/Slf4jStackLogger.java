package org.xueliang.sip.transport;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the JAIN-SIP stack's own log to SLF4J (logger {@code gov.nist}), so the stack needs no
 * log4j. Named in the stack property {@code gov.nist.javax.sip.STACK_LOGGER}, which instantiates
 * it by reflection. The stack reports routine network trouble (a device closing its connection)
 * as errors, its own defaults as warnings and every message received as info: errors come out
 * as warnings, warnings and info as debug.
 */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger LOG = LoggerFactory.getLogger("gov.nist");

    public Slf4jStackLogger() {
        // instantiated by the stack
    }

    @Override
    public void logStackTrace() {
        LOG.trace("stack trace", new Throwable("stack trace requested by JAIN-SIP"));
    }

    @Override
    public void logStackTrace(int traceLevel) {
        logStackTrace();
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        // mostly a device that closed its connection: one line, the trace only when debugging
        LOG.warn("JAIN-SIP: {}", ex.toString());
        LOG.debug("JAIN-SIP exception", ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message) {
        LOG.warn(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isWarnEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        return switch (logLevel) {
            case TRACE_TRACE -> LOG.isTraceEnabled();
            case TRACE_DEBUG -> LOG.isDebugEnabled();
            case TRACE_INFO -> LOG.isDebugEnabled();
            case TRACE_NONE -> false;
            default -> LOG.isWarnEnabled();
        };
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.warn(message, ex);
    }

    @Override
    public void logWarning(String message) {
        // the stack warns about its defaults at every start (TLS key stores we do not use)
        LOG.debug(message);
    }

    @Override
    public void logInfo(String message) {
        // the stack's info is a line per message received
        LOG.debug(message);
    }

    @Override
    public void disableLogging() {
        // levels come from the SLF4J backend's configuration
    }

    @Override
    public void enableLogging() {
        // levels come from the SLF4J backend's configuration
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        // not worth a log line
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // nothing to configure: SLF4J decides
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
