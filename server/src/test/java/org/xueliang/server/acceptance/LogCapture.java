package org.xueliang.server.acceptance;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Everything the server logs while a test runs, formatted as the console shows it, stack traces
 * included. Our own loggers are lowered to DEBUG meanwhile, so that FFmpeg's native messages (logged
 * at DEBUG) are captured too.
 */
final class LogCapture implements AutoCloseable {
    private static final String OUR_LOGGERS = "org.xueliang";

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    private final Logger ours;
    private final Level oursBefore;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        // the layout appends stack traces by itself when the pattern names none
        encoder.setPattern("%-5level [%thread] %logger - %msg%n");
        encoder.start();
        appender.setContext(context);
        appender.setName("test-capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(text);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        ours = context.getLogger(OUR_LOGGERS);
        oursBefore = ours.getLevel();
        ours.setLevel(Level.DEBUG);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** What was logged so far. */
    String text() {
        return text.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        ours.setLevel(oursBefore);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
    }
}
