package org.xueliang.simulator;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.simulator.device.AlarmRequest;
import org.xueliang.simulator.device.DeviceIds;
import org.xueliang.simulator.device.DeviceListener;
import org.xueliang.simulator.device.DeviceRuntime;
import org.xueliang.simulator.device.DeviceSettings;
import org.xueliang.simulator.device.DeviceSnapshot;
import org.xueliang.simulator.device.LinkFactory;
import org.xueliang.simulator.device.SimulatedDevice;
import org.xueliang.simulator.manscdp.ManscdpReader;
import org.xueliang.simulator.manscdp.ManscdpWriter;
import org.xueliang.simulator.sip.ClientTransactions;
import org.xueliang.simulator.sip.ServerTransactions;
import org.xueliang.simulator.sip.TcpSipConnector;
import org.xueliang.simulator.sip.Transport;
import org.xueliang.simulator.sip.UdpSipEndpoint;

/**
 * A fleet of simulated GB28181 devices: the runnable simulator and, in-process, the load generator
 * the bench drives. UDP devices share {@code udpSockets} sockets; TCP devices each keep their own
 * connection, all served by one selector thread. Timers run on two threads whatever the size.
 *
 * <pre>{@code
 * try (SimulatorFleet fleet = new SimulatorFleet(FleetConfig.builder(server).devices(10_000).build())) {
 *     fleet.start();
 *     fleet.awaitRegistered(Duration.ofMinutes(1));
 *     double rate = fleet.registrationsPerSecond();
 * }
 * }</pre>
 */
public final class SimulatorFleet implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SimulatorFleet.class.getName());
    private static final Duration TCP_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final FleetConfig config;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService mediaExecutor;
    private final ClientTransactions transactions;
    private final SipRouter router;
    private final List<SimulatedDevice> devices = new ArrayList<>();
    private final List<UdpSipEndpoint> udpEndpoints = new ArrayList<>();
    private final AtomicInteger registeredNow = new AtomicInteger();
    private final AtomicInteger initialRegistered = new AtomicInteger();
    private final AtomicLong lastInitialNanos = new AtomicLong();
    private final AtomicLong keepalivesAnswered = new AtomicLong();
    private final Object registeredMonitor = new Object();
    private final AtomicInteger state = new AtomicInteger(NEW);
    private TcpSipConnector tcpConnector;
    private RegistrationPump pump;

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int STOPPED = 2;

    public SimulatorFleet(FleetConfig config) {
        this(config, Clock.systemDefaultZone());
    }

    public SimulatorFleet(FleetConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.scheduler = new ScheduledThreadPoolExecutor(2, daemonThreads("sim-timer"));
        scheduler.setRemoveOnCancelPolicy(true);
        this.mediaExecutor = Executors.newCachedThreadPool(daemonThreads("sim-media"));
        this.transactions = ClientTransactions.withDefaultTimers(scheduler);
        this.router = new SipRouter(transactions);
    }

    /** Opens the sockets and starts registering every device; returns without waiting. */
    public void start() throws IOException {
        if (!state.compareAndSet(NEW, RUNNING)) {
            throw new IllegalStateException("a SimulatorFleet can be started once");
        }
        InetAddress localIp = config.localIp().orElseGet(() -> routeTo(config.server()));
        DeviceSettings settings = new DeviceSettings(config.server(), config.serverId(), config.domain(),
                config.password(), config.transport(), localIp, config.registerExpires(), config.keepaliveInterval(),
                config.keepaliveMaxFailures(), config.gbVersionHeader(), config.charset(),
                config.catalogItemsPerMessage(), config.retryMin(), config.retryMax(), config.video());
        ServerTransactions answered = new ServerTransactions(TimeUnit.SECONDS.toNanos(32));
        scheduler.scheduleAtFixedRate(() -> answered.purge(System.nanoTime()), 5, 5, TimeUnit.SECONDS);
        DeviceRuntime runtime = new DeviceRuntime(scheduler, mediaExecutor, transactions, answered, clock,
                new ManscdpWriter(config.charset()), new ManscdpReader(), new Listener());
        openTransports(localIp);
        var identities = DeviceIds.fleet(config.firstDeviceId(), config.devices(), config.channelsPerDevice());
        for (int i = 0; i < identities.size(); i++) {
            SimulatedDevice device = new SimulatedDevice(identities.get(i), settings, runtime, linkFactory(i));
            devices.add(device);
            router.add(device);
        }
        pump = new RegistrationPump(devices, config.maxPendingRegistrations(), config.registerRate(),
                config.transport() == Transport.TCP ? mediaExecutor : scheduler, scheduler);
        LOG.log(Level.INFO, "starting " + devices.size() + " " + config.transport() + " devices from " + localIp.getHostAddress()
                + " towards " + config.server());
        pump.start();
    }

    /** Waits until every device is registered at the same time; false on timeout. */
    public boolean awaitRegistered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (registeredMonitor) {
            while (registeredNow.get() < config.devices()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(registeredMonitor, left);
            }
            return true;
        }
    }

    public int registeredCount() {
        return registeredNow.get();
    }

    public int deviceCount() {
        return config.devices();
    }

    /**
     * First registrations completed per second, each with its 401 round trip, from the first
     * REGISTER sent to the last 200 received; 0 before any completed.
     */
    public double registrationsPerSecond() {
        int done = initialRegistered.get();
        long elapsed = lastInitialNanos.get() - (pump == null ? 0 : pump.firstStartNanos());
        return done == 0 || elapsed <= 0 ? 0 : done * 1e9 / elapsed;
    }

    public long keepalivesAnswered() {
        return keepalivesAnswered.get();
    }

    /** The device with this device or channel ID. */
    public Optional<SimulatedDevice> device(String id) {
        return Optional.ofNullable(router.find(id));
    }

    /** Raises an alarm from a device or channel; completes with the platform's SIP status code. */
    public CompletableFuture<Integer> raiseAlarm(AlarmRequest alarm) {
        return device(alarm.sourceId()).map(d -> d.raiseAlarm(alarm)).orElseGet(() -> CompletableFuture.failedFuture(
                new IllegalArgumentException("no simulated device or channel " + alarm.sourceId())));
    }

    /** Totals, and every device's state when {@code withDevices}. */
    public FleetSnapshot snapshot(boolean withDevices) {
        List<DeviceSnapshot> list = withDevices ? devices.stream().map(SimulatedDevice::snapshot).toList() : List.of();
        return new FleetSnapshot(config.devices(), registeredNow.get(), registrationsPerSecond(),
                keepalivesAnswered.get(), transactions.inFlight(), list);
    }

    /** Graceful: BYE for live calls, de-register every device (bounded wait), then close everything. */
    public void stop() {
        if (!state.compareAndSet(RUNNING, STOPPED)) {
            state.set(STOPPED);
            shutdown();
            return;
        }
        pump.cancel();
        CompletableFuture<?>[] stops = devices.stream().map(SimulatedDevice::stop).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(stops).get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.WARNING, "not every device de-registered within " + STOP_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "de-registration failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shutdown();
    }

    /** Abrupt: streams and ffmpeg stop, sockets close, nothing is sent (like pulling the power). */
    public void kill() {
        state.set(STOPPED);
        if (pump != null) {
            pump.cancel();
        }
        devices.forEach(SimulatedDevice::kill);
        shutdown();
    }

    @Override
    public void close() {
        stop();
    }

    private void openTransports(InetAddress localIp) throws IOException {
        if (config.transport() == Transport.TCP) {
            tcpConnector = new TcpSipConnector("sim-sip-tcp");
            return;
        }
        int sockets = Math.min(config.udpSockets(), config.devices());
        for (int i = 0; i < sockets; i++) {
            // bound to the wildcard: --local-ip only decides what Via and Contact announce
            UdpSipEndpoint endpoint = new UdpSipEndpoint(new InetSocketAddress(0), localIp, router, "sim-sip-udp-" + i);
            udpEndpoints.add(endpoint);
            endpoint.start();
        }
    }

    private LinkFactory linkFactory(int index) {
        if (config.transport() == Transport.UDP) {
            UdpSipEndpoint endpoint = udpEndpoints.get(index % udpEndpoints.size());
            return () -> endpoint;
        }
        return () -> {
            var link = tcpConnector.connect(config.server(), router, TCP_CONNECT_TIMEOUT);
            router.bindLink(link, devices.get(index));
            return link;
        };
    }

    private void shutdown() {
        transactions.cancelAll("simulator stopped");
        udpEndpoints.forEach(UdpSipEndpoint::close);
        if (tcpConnector != null) {
            tcpConnector.close();
        }
        scheduler.shutdownNow();
        mediaExecutor.shutdownNow();
    }

    /** The local address the OS would use to reach the server (no packet is sent). */
    static InetAddress routeTo(InetSocketAddress server) {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(server);
            InetAddress local = probe.getLocalAddress();
            return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
        } catch (IOException e) {
            return InetAddress.getLoopbackAddress();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private final class Listener implements DeviceListener {
        @Override
        public void registered(SimulatedDevice device, boolean initial) {
            registeredNow.incrementAndGet();
            if (initial) {
                initialRegistered.incrementAndGet();
                lastInitialNanos.set(System.nanoTime());
                pump.settled(device);
            }
            synchronized (registeredMonitor) {
                registeredMonitor.notifyAll();
            }
        }

        @Override
        public void unregistered(SimulatedDevice device, String reason) {
            registeredNow.decrementAndGet();
        }

        @Override
        public void registrationFailed(SimulatedDevice device, String reason) {
            pump.settled(device);
        }

        @Override
        public void keepaliveAnswered(SimulatedDevice device) {
            keepalivesAnswered.incrementAndGet();
        }
    }
}
