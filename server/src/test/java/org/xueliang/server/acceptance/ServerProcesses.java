package org.xueliang.server.acceptance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts server processes for a test and stops every one of them after it, pass or fail; when the
 * test failed, their output is printed first so that the report shows what the server said.
 */
final class ServerProcesses implements AfterTestExecutionCallback, AfterEachCallback {
    private final List<ServerProcess> started = new ArrayList<>();

    ServerProcess start(Path output, Map<String, String> env, String... args) {
        ServerProcess process = ServerProcess.start(output, env, args);
        started.add(process);
        return process;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            for (ServerProcess process : started) {
                System.out.println("---- server output (" + context.getDisplayName() + ") ----");
                System.out.println(process.output());
                System.out.println("---- end of server output ----");
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        for (ServerProcess process : started) {
            process.close();
        }
        started.clear();
    }
}
