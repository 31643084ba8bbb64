package org.xueliang.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels of benchmark runs: a line per channel or device would be measured as the server's cost. */
final class BenchLogging {
    private BenchLogging() {
    }

    /** The project's log output below warnings is switched off. */
    static void warningsOnly() {
        ((Logger) LoggerFactory.getLogger("org.xueliang")).setLevel(Level.WARN);
    }
}
