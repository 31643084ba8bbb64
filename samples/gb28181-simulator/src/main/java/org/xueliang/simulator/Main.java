package org.xueliang.simulator;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xueliang.simulator.control.ControlServer;

/**
 * Runs a fleet from the command line and prints {@code READY control=http://127.0.0.1:PORT}
 * once every device is registered. Exit codes: 0 after /stop, 2 for bad options, 1 when the
 * sockets cannot be opened; SIGTERM de-registers first (the JVM then exits with 143).
 * /kill halts at once with 0 without de-registering.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                System.getProperty("java.util.logging.SimpleFormatter.format",
                        "%1$tH:%1$tM:%1$tS.%1$tL %4$s %3$s - %5$s%6$s%n"));
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (cli.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (cli.verbose()) {
            Logger root = Logger.getLogger("");
            root.setLevel(Level.FINE);
            for (var handler : root.getHandlers()) {
                handler.setLevel(Level.FINE);
            }
        }
        System.exit(run(cli));
    }

    private static int run(CommandLine cli) throws InterruptedException {
        SimulatorFleet fleet = new SimulatorFleet(cli.config());
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                fleet.stop();
            }
            finished.countDown();
        };
        Runnable kill = () -> {
            fleet.kill(); // also ends ffmpeg children, which would otherwise outlive a halted JVM
            Runtime.getRuntime().halt(0);
        };
        ControlServer control;
        try {
            control = new ControlServer(fleet, cli.controlPort(), stop, kill);
            control.start();
            fleet.start();
        } catch (IOException e) {
            System.err.println("error: cannot open sockets: " + e.getMessage());
            fleet.kill();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "sim-shutdown"));
        awaitReady(fleet, finished);
        if (finished.getCount() > 0) {
            System.out.println("READY control=" + control.url());
            System.out.flush();
        }
        finished.await();
        control.close();
        return 0;
    }

    private static void awaitReady(SimulatorFleet fleet, CountDownLatch finished) throws InterruptedException {
        long started = System.nanoTime();
        while (finished.getCount() > 0 && !fleet.awaitRegistered(Duration.ofSeconds(5))) {
            System.err.printf("registered %d of %d devices after %d s%n", fleet.registeredCount(),
                    fleet.deviceCount(), Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        if (finished.getCount() > 0) {
            System.err.printf("registered %d devices: %.0f registrations/s (each with a 401 challenge)%n",
                    fleet.deviceCount(), fleet.registrationsPerSecond());
        }
    }
}
