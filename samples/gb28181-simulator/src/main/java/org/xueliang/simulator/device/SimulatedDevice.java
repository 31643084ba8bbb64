package org.xueliang.simulator.device;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.xueliang.simulator.manscdp.AlarmNotice;
import org.xueliang.simulator.manscdp.ManscdpException;
import org.xueliang.simulator.manscdp.ManscdpMessage;
import org.xueliang.simulator.sip.SipLink;
import org.xueliang.simulator.sip.SipMessage;

/**
 * One simulated GB28181 device: keeps itself registered (retrying with backoff after failures),
 * sends keepalives, answers the platform's requests and raises alarms on demand. Its mutable
 * state is guarded by its own monitor; nothing here blocks for long, so it runs on shared threads.
 */
public final class SimulatedDevice {

    private static final System.Logger LOG = System.getLogger(SimulatedDevice.class.getName());

    private final DeviceIdentity identity;
    private final DeviceSettings settings;
    private final DeviceRuntime runtime;
    private final LinkFactory links;
    private final RequestFactory requests;
    private final DeviceRegistration registration;
    private final DeviceCalls calls;
    private final QueryResponder responder;
    private final AtomicLong sn = new AtomicLong(1);
    private final AtomicLong alarmsSent = new AtomicLong();
    private final AtomicLong alarmAcks = new AtomicLong();
    private volatile String lastPtzCmd;

    private SipLink link;
    private boolean registered;
    private boolean everRegistered;
    private boolean stopped;
    private Instant registeredAt;
    private Instant expiresAt;
    private Instant lastKeepalive;
    private long keepalivesSent;
    private int keepaliveFailures;
    private String lastError;
    private Duration clockOffset = Duration.ZERO;
    private int retryAttempt;
    private ScheduledFuture<?> keepaliveTask;
    private ScheduledFuture<?> retryTask;

    public SimulatedDevice(DeviceIdentity identity, DeviceSettings settings, DeviceRuntime runtime, LinkFactory links) {
        this.identity = identity;
        this.settings = settings;
        this.runtime = runtime;
        this.links = links;
        this.requests = new RequestFactory(identity.deviceId(), settings);
        this.registration = new DeviceRegistration(this, identity.deviceId(), requests, settings, runtime,
                new DeviceRegistration.Outcome() {
                    @Override
                    public void accepted(RegistrationResult result) {
                        onRegistered(result);
                    }

                    @Override
                    public void failed(String reason) {
                        onRegistrationLost(reason, true);
                    }
                });
        this.calls = new DeviceCalls(settings, runtime);
        this.responder = new QueryResponder(identity, runtime.writer(), settings.catalogItemsPerMessage());
    }

    public DeviceIdentity identity() {
        return identity;
    }

    /** Opens the link (TCP: connects) and registers; failures are retried with backoff. */
    public void start() {
        SipLink current;
        synchronized (this) {
            if (stopped) {
                return;
            }
            current = link;
        }
        if (current == null || !current.isOpen()) {
            try {
                current = links.open();
            } catch (IOException e) {
                onRegistrationLost(e.getMessage(), true);
                return;
            }
        }
        synchronized (this) {
            if (stopped) {
                current.close();
                return;
            }
            link = current;
            registration.register(current);
        }
    }

    public synchronized boolean isRegistered() {
        return registered;
    }

    /** Graceful shutdown: BYE for live calls, REGISTER with Expires 0, close a TCP connection. */
    public CompletableFuture<Void> stop() {
        boolean wasRegistered;
        synchronized (this) {
            stopped = true;
            cancelTimers();
            wasRegistered = registered;
            if (!wasRegistered) {
                registration.stop(); // nothing to withdraw; do not wait for a platform that never answered
            }
        }
        calls.endAll(true);
        CompletableFuture<Void> withdrawn = wasRegistered ? registration.unregister() : CompletableFuture.completedFuture(null);
        return withdrawn.whenComplete((ignored, failure) -> {
            synchronized (this) {
                closeOwnLink();
                markUnregistered("stopped");
            }
        });
    }

    /** Abrupt end, like pulling the power: streams and timers stop, nothing is sent. */
    public void kill() {
        synchronized (this) {
            stopped = true;
            cancelTimers();
            registration.stop();
            closeOwnLink();
            registered = false;
        }
        calls.endAll(false);
    }

    /** A request from the platform, routed here by the Request-URI. */
    public void onRequest(SipMessage request, SipLink via, InetSocketAddress source) {
        if (request.method().equals("ACK")) {
            calls.ack(request);
            return;
        }
        Optional<SipMessage> earlier = runtime.answered().answerTo(request);
        if (earlier.isPresent()) {
            reply(earlier.get(), via, source); // a retransmission: same answer, no second action
        } else if (request.method().equals("MESSAGE")) {
            onMessageRequest(request, via, source);
        } else {
            respond(request, answer(request, via, source), via, source);
        }
    }

    private void onMessageRequest(SipMessage request, SipLink via, InetSocketAddress source) {
        ManscdpMessage body;
        try {
            body = runtime.reader().read(request.body());
        } catch (ManscdpException e) {
            LOG.log(Level.WARNING, identity.deviceId() + " got an unreadable MESSAGE: " + e.getMessage());
            respond(request, request.responseTo(400, "Bad Request", Ids.tag()).build(), via, source);
            return;
        }
        respond(request, request.responseTo(200, "OK", Ids.tag()).build(), via, source);
        onManscdp(body); // answers to queries follow the 200, as devices do
    }

    private SipMessage answer(SipMessage request, SipLink via, InetSocketAddress source) {
        return switch (request.method()) {
            case "INVITE" -> calls.invite(request, via, source);
            case "BYE" -> calls.bye(request);
            case "SUBSCRIBE" -> request.responseTo(200, "OK", Ids.tag())
                    .header("Expires", request.header("Expires").orElse("3600")).build();
            case "OPTIONS", "INFO", "NOTIFY", "CANCEL" -> request.responseTo(200, "OK", Ids.tag()).build();
            default -> request.responseTo(405, "Method Not Allowed", Ids.tag())
                    .header("Allow", "INVITE, ACK, BYE, CANCEL, MESSAGE, SUBSCRIBE, NOTIFY, INFO, OPTIONS").build();
        };
    }

    /** The TCP connection ended: register again on a new one. */
    public void onLinkClosed(SipLink closed, String reason) {
        synchronized (this) {
            if (closed != link || stopped) {
                return;
            }
        }
        registration.stop();
        onRegistrationLost("SIP connection closed: " + reason, true);
    }

    /** Sends an Alarm notify; completes with the platform's status code. */
    public CompletableFuture<Integer> raiseAlarm(AlarmRequest alarm) {
        Channel channel = identity.channels().stream().filter(c -> c.id().equals(alarm.sourceId())).findFirst()
                .orElse(identity.channels().isEmpty() ? null : identity.channels().get(0));
        AlarmNotice notice = new AlarmNotice(alarm.sourceId(), alarm.priority(), alarm.method(), alarm.alarmType(),
                deviceTime(), alarm.description(), channel == null ? 0 : channel.longitude(),
                channel == null ? 0 : channel.latitude());
        alarmsSent.incrementAndGet();
        return sendMessage(runtime.writer().alarm(sn.getAndIncrement(), notice)).thenApply(SipMessage::statusCode);
    }

    public synchronized DeviceSnapshot snapshot() {
        String local = link == null ? null : link.localAddress().getAddress().getHostAddress() + ":"
                + link.localAddress().getPort();
        return new DeviceSnapshot(identity.deviceId(), settings.transport(), local, registered, registeredAt,
                expiresAt, lastKeepalive, keepalivesSent, keepaliveFailures, lastError, identity.channels(),
                calls.streams(), alarmsSent.get(), alarmAcks.get(), lastPtzCmd);
    }

    private void onManscdp(ManscdpMessage body) {
        switch (body.root() + "/" + body.cmdType()) {
            case "Query/Catalog" -> responder.catalog(body.sn()).forEach(this::sendMessage);
            case "Query/DeviceInfo" -> sendMessage(responder.deviceInfo(body.sn()));
            case "Query/DeviceStatus" -> sendMessage(responder.deviceStatus(body.sn(), deviceTime()));
            case "Control/DeviceControl" -> body.field("PTZCmd").ifPresent(cmd -> lastPtzCmd = cmd);
            case "Response/Alarm" -> alarmAcks.incrementAndGet();
            default -> LOG.log(Level.DEBUG, identity.deviceId() + " ignores " + body.root() + " " + body.cmdType());
        }
    }

    private CompletableFuture<SipMessage> sendMessage(byte[] body) {
        SipLink via;
        synchronized (this) {
            via = link;
        }
        if (via == null || !via.isOpen()) {
            return CompletableFuture.failedFuture(new IOException(identity.deviceId() + " has no open SIP link"));
        }
        return runtime.transactions().send(requests.message(via, body), via, settings.server());
    }

    private void respond(SipMessage request, SipMessage response, SipLink via, InetSocketAddress source) {
        runtime.answered().remember(request, response, System.nanoTime());
        reply(response, via, source);
    }

    private void reply(SipMessage response, SipLink via, InetSocketAddress source) {
        try {
            via.send(response, source);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, identity.deviceId() + " could not answer " + response.startLine() + ": " + e.getMessage());
        }
    }

    private void onRegistered(RegistrationResult result) {
        synchronized (this) {
            Instant now = runtime.clock().instant();
            expiresAt = now.plus(result.expires());
            result.serverTime().ifPresent(time -> clockOffset = Duration.between(LocalDateTime.now(runtime.clock()), time));
            retryAttempt = 0;
            lastError = null;
            if (registered) {
                return; // a refresh
            }
            registered = true;
            registeredAt = now;
            long interval = settings.keepaliveInterval().toMillis();
            keepaliveTask = runtime.scheduler().scheduleAtFixedRate(this::sendKeepalive,
                    ThreadLocalRandom.current().nextLong(interval), interval, TimeUnit.MILLISECONDS);
            boolean initial = !everRegistered;
            everRegistered = true;
            runtime.listener().registered(this, initial);
        }
    }

    private void sendKeepalive() {
        synchronized (this) {
            if (!registered) {
                return;
            }
            keepalivesSent++;
        }
        sendMessage(runtime.writer().keepalive(identity.deviceId(), sn.getAndIncrement()))
                .whenComplete(this::onKeepaliveAnswer);
    }

    private void onKeepaliveAnswer(SipMessage response, Throwable failure) {
        String lostBecause = null;
        synchronized (this) {
            if (failure == null && response.statusCode() < 300) {
                lastKeepalive = runtime.clock().instant();
                keepaliveFailures = 0;
            } else {
                keepaliveFailures++;
                lastError = "keepalive: " + (failure != null ? DeviceRegistration.rootMessage(failure)
                        : response.statusCode() + " " + response.reasonPhrase());
                // a refusal means the platform forgot us; silence is tolerated up to the limit
                if (failure == null || keepaliveFailures >= settings.keepaliveMaxFailures()) {
                    lostBecause = lastError;
                }
            }
        }
        if (lostBecause != null) {
            registration.stop();
            onRegistrationLost(lostBecause, false);
        } else if (failure == null) {
            runtime.listener().keepaliveAnswered(this);
        }
    }

    private void onRegistrationLost(String reason, boolean backoff) {
        long delay;
        synchronized (this) {
            lastError = reason;
            markUnregistered(reason);
            if (stopped) {
                return;
            }
            delay = backoff ? nextRetryDelay() : 0;
            retryTask = runtime.scheduler().schedule(this::start, delay, TimeUnit.MILLISECONDS);
        }
        runtime.listener().registrationFailed(this, reason);
        LOG.log(Level.DEBUG, identity.deviceId() + " not registered (" + reason + "); retrying in " + delay + " ms");
    }

    private long nextRetryDelay() {
        long base = settings.retryMin().toMillis() << Math.min(retryAttempt, 10);
        retryAttempt++;
        long capped = Math.min(base, settings.retryMax().toMillis());
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }

    private void markUnregistered(String reason) {
        boolean was = registered;
        registered = false;
        if (keepaliveTask != null) {
            keepaliveTask.cancel(false);
            keepaliveTask = null;
        }
        if (was) {
            runtime.listener().unregistered(this, reason);
        }
    }

    private void cancelTimers() {
        if (keepaliveTask != null) {
            keepaliveTask.cancel(false);
            keepaliveTask = null;
        }
        if (retryTask != null) {
            retryTask.cancel(false);
            retryTask = null;
        }
    }

    private void closeOwnLink() {
        if (link != null && link.reliable()) {
            link.close(); // a TCP connection is the device's own; the UDP socket is shared
        }
    }

    private LocalDateTime deviceTime() {
        Duration offset;
        synchronized (this) {
            offset = clockOffset;
        }
        return LocalDateTime.now(runtime.clock()).plus(offset);
    }
}
