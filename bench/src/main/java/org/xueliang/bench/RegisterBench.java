package org.xueliang.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.xueliang.simulator.FleetConfig;
import org.xueliang.simulator.SimulatorFleet;
import org.xueliang.sip.device.KeepalivePolicy;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.GbGatewaySettings;
import org.xueliang.sip.register.PasswordLookup;
import org.xueliang.sip.transport.JainSipSettings;
import org.xueliang.sip.transport.JainSipTransport;

/**
 * The GB28181 gateway under a fleet of simulated devices, both in this JVM: the JAIN-SIP transport
 * and the gateway core on 127.0.0.1, the simulator's {@link SimulatorFleet} over UDP.
 *
 * <p>Phase 1: {@code devices} devices register as fast as the gateway answers (each REGISTER is
 * challenged, so a registration is two transactions with an MD5 digest check); the rate is devices
 * over the time from the first to the last registration the gateway accepted. Phase 2: the devices
 * stay online with keepalives every {@code interval}; over one {@code window} the CPU time of the
 * gateway's threads (every thread but the simulator's {@code sim-*}) and of the whole process is
 * reported as a share of one core.
 */
public final class RegisterBench {
    private static final String PLATFORM_ID = "34020000002000000001";
    private static final String DOMAIN = "3402000000";
    private static final String PASSWORD = "bench-password";

    private RegisterBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchLogging.warningsOnly();
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int devices = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Duration interval = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);
        Duration window = interval;
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);

        CountingListener events = new CountingListener();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        int port = freePort();
        try (JainSipTransport transport = new JainSipTransport(new JainSipSettings("127.0.0.1", port, PLATFORM_ID,
                DOMAIN, 4));
             GbGatewayCore core = new GbGatewayCore(GbGatewaySettings.defaults(PLATFORM_ID, DOMAIN,
                     PasswordLookup.global(PASSWORD)).withKeepalive(new KeepalivePolicy(interval, 3)), transport,
                     events, scheduler, Clock.systemUTC())) {
            transport.start(core);
            core.start();
            Table table = run(devices, interval, window, port, core, events);
            System.out.print(table.render());
            Path csv = out.resolve("register.csv");
            Files.writeString(csv, table.csv());
            System.out.println("written " + csv);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static Table run(int devices, Duration interval, Duration window, int port, GbGatewayCore core,
                             CountingListener events) throws Exception {
        FleetConfig fleetConfig = FleetConfig.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .serverId(PLATFORM_ID).domain(DOMAIN).password(PASSWORD).devices(devices)
                .keepaliveInterval(interval).registerExpires(Duration.ofHours(1)).maxPendingRegistrations(500)
                .localIp(InetAddress.getLoopbackAddress()).build();
        Table table = new Table("GB28181 gateway, " + devices + " simulated UDP devices in the same JVM, "
                + Runtime.getRuntime().availableProcessors() + " cores",
                List.of("measure", "value", "unit"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (SimulatorFleet fleet = new SimulatorFleet(fleetConfig)) {
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            Map<Long, Long> cpuBefore = gatewayThreadCpu(threads);
            long processBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            fleet.start();
            if (!fleet.awaitRegistered(Duration.ofMinutes(3))) {
                throw new IllegalStateException("only " + fleet.registeredCount() + " of " + devices
                        + " devices registered within 3 minutes");
            }
            double cpu = cpuSince(cpuBefore, threads);
            double processCpu = (os.getProcessCpuTime() - processBefore) / 1e9;
            double wall = (System.nanoTime() - wallBefore) / 1e9;
            double seconds = (events.lastRegisteredNanos - events.firstRegisteredNanos) / 1e9;
            table.add("registrations accepted (digest, each after a 401)", Integer.toString(events.registered()), "");
            table.add("registration rate, gateway side", String.format("%.0f", (devices - 1) / seconds), "per s");
            table.add("registration rate, fleet side", String.format("%.0f", fleet.registrationsPerSecond()), "per s");
            table.add("CPU while registering: gateway / whole process", String.format("%.0f / %.0f",
                    100 * cpu / wall, 100 * processCpu / wall), "% of one core");
            table.add("gateway CPU per registration (both transactions)",
                    String.format("%.0f", 1e6 * cpu / events.registered()), "µs");
            // what the gateway alone could do with every core, the fleet no longer sharing them
            table.add("registrations per second the gateway's CPU allows", String.format("%.0f",
                    Runtime.getRuntime().availableProcessors() * events.registered() / cpu), "per s");
            // the first keepalives of all devices fall within one interval after registration: let them spread
            Thread.sleep(interval.toMillis() / 4);
            keepalivePhase(table, window, core, events, devices);
        }
        return table;
    }

    private static void keepalivePhase(Table table, Duration window, GbGatewayCore core, CountingListener events,
                                       int devices) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> gatewayStart = gatewayThreadCpu(threads);
        long processStart = os.getProcessCpuTime();
        long keepalivesStart = events.keepalives();
        long wallStart = System.nanoTime();
        Thread.sleep(window.toMillis());
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long keepalives = events.keepalives() - keepalivesStart;
        double process = (os.getProcessCpuTime() - processStart) / 1e9;
        double gateway = cpuSince(gatewayStart, threads);
        table.add("devices online at the end", Integer.toString(core.onlineCount()), "of " + devices);
        table.add("devices that went offline", Integer.toString(events.offline()), "");
        table.add("keepalives received in the window", Long.toString(keepalives), "in " + Math.round(wall) + " s");
        table.add("CPU of the gateway's threads", String.format("%.1f", 100 * gateway / wall), "% of one core");
        table.add("CPU of the whole process (with the fleet)", String.format("%.1f", 100 * process / wall),
                "% of one core");
        table.add("gateway CPU per keepalive", String.format("%.0f", keepalives == 0 ? 0 : 1e6 * gateway / keepalives),
                "µs");
    }

    /** CPU seconds the gateway's threads used since {@code before}; threads started since count in full. */
    private static double cpuSince(Map<Long, Long> before, ThreadMXBean threads) {
        double seconds = 0;
        for (Map.Entry<Long, Long> now : gatewayThreadCpu(threads).entrySet()) {
            seconds += (now.getValue() - before.getOrDefault(now.getKey(), 0L)) / 1e9;
        }
        return seconds;
    }

    /** CPU nanoseconds of every live thread that is not the simulator's, by thread ID. */
    private static Map<Long, Long> gatewayThreadCpu(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && !info.getThreadName().startsWith("sim-")) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    cpu.put(info.getThreadId(), nanos);
                }
            }
        }
        return cpu;
    }

    private static int freePort() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                 DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (java.net.BindException e) {
                // taken for UDP: try another
            }
        }
        throw new IllegalStateException("no port free for both UDP and TCP");
    }
}
