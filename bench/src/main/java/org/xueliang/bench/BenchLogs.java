package org.xueliang.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log output of the measured code: a line per channel start or device would be measured as its cost. */
final class BenchLogs {
    private BenchLogs() {
    }

    /** Lets warnings and errors through, nothing below. */
    static void warningsOnly() {
        // the analytics test jar on the class path brings a logback-test.xml that sets org.xueliang apart
        for (String name : new String[] {Logger.ROOT_LOGGER_NAME, "org.xueliang"}) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.WARN);
        }
    }
}
