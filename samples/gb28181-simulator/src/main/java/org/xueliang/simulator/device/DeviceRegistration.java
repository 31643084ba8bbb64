package org.xueliang.simulator.device;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.xueliang.simulator.sip.DigestAuth;
import org.xueliang.simulator.sip.DigestChallenge;
import org.xueliang.simulator.sip.SipAddress;
import org.xueliang.simulator.sip.SipLink;
import org.xueliang.simulator.sip.SipMessage;
import org.xueliang.simulator.sip.SipProtocolException;

/**
 * One device's registration: REGISTER, answer the 401 challenge with digest credentials, then
 * refresh at 80 % of the granted expiry keeping the Call-ID and reusing the nonce (nc counts up).
 * State is guarded by the device's lock, which callbacks to the device also hold.
 */
final class DeviceRegistration {

    /** Answering more challenges than this in a row means the credentials are wrong. */
    private static final int MAX_CHALLENGES = 2;
    private static final DateTimeFormatter GB_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]");

    interface Outcome {
        void accepted(RegistrationResult result);

        void failed(String reason);
    }

    private record Attempt(Duration expires, int challengesAnswered, long generation,
                           CompletableFuture<Void> unregistering) {
    }

    private final Object lock;
    private final String deviceId;
    private final RequestFactory requests;
    private final DeviceSettings settings;
    private final DeviceRuntime runtime;
    private final Outcome outcome;
    private final String fromTag = Ids.tag();
    private String callId;
    private long cseq;
    private DigestChallenge challenge;
    private long nonceCount;
    private SipLink link;
    private ScheduledFuture<?> refresh;
    private long generation;

    DeviceRegistration(Object lock, String deviceId, RequestFactory requests, DeviceSettings settings,
                       DeviceRuntime runtime, Outcome outcome) {
        this.lock = lock;
        this.deviceId = deviceId;
        this.requests = requests;
        this.settings = settings;
        this.runtime = runtime;
        this.outcome = outcome;
    }

    /** Starts (or restarts) registering over {@code via}; the outcome is reported asynchronously. */
    void register(SipLink via) {
        synchronized (lock) {
            link = via;
            if (callId == null) {
                callId = Ids.callId(via.localAddress().getAddress().getHostAddress());
            }
            generation++;
            cancelRefresh();
            send(new Attempt(settings.registerExpires(), 0, generation, null));
        }
    }

    /** Sends REGISTER with Expires 0; completes when answered or failed (de-registration is best effort). */
    CompletableFuture<Void> unregister() {
        synchronized (lock) {
            generation++;
            cancelRefresh();
            CompletableFuture<Void> done = new CompletableFuture<>();
            if (link == null || !link.isOpen()) {
                done.complete(null);
                return done;
            }
            send(new Attempt(Duration.ZERO, challenge == null ? 0 : 1, generation, done));
            return done;
        }
    }

    /** Stops refreshing without telling the platform (power cut). */
    void stop() {
        synchronized (lock) {
            generation++;
            cancelRefresh();
        }
    }

    String callId() {
        synchronized (lock) {
            return callId;
        }
    }

    private void send(Attempt attempt) {
        SipMessage request = requests.register(link, callId, fromTag, ++cseq, attempt.expires(), authorization());
        runtime.transactions().send(request, link, settings.server())
                .whenComplete((response, failure) -> onResponse(attempt, response, failure));
    }

    private String authorization() {
        if (challenge == null) {
            return null;
        }
        nonceCount++;
        return DigestAuth.authorization(challenge, deviceId, settings.password(), "REGISTER",
                settings.serverUri(), nonceCount, Ids.hex(16));
    }

    private void onResponse(Attempt attempt, SipMessage response, Throwable failure) {
        synchronized (lock) {
            if (attempt.generation() != generation) {
                return; // superseded by a newer register(), unregister() or stop()
            }
            if (failure != null) {
                finish(attempt, "REGISTER to " + settings.server() + " failed: " + rootMessage(failure));
            } else if (response.statusCode() == 401) {
                challenged(attempt, response);
            } else if (response.statusCode() >= 200 && response.statusCode() < 300) {
                accepted(attempt, response);
            } else if (response.statusCode() >= 200) {
                finish(attempt, "REGISTER answered " + response.statusCode() + " " + response.reasonPhrase());
            }
        }
    }

    private void challenged(Attempt attempt, SipMessage response) {
        if (attempt.challengesAnswered() >= MAX_CHALLENGES) {
            finish(attempt, "REGISTER challenged again after " + attempt.challengesAnswered()
                    + " answered challenges: password or realm wrong?");
            return;
        }
        try {
            challenge = DigestChallenge.parse(response.requiredHeader("WWW-Authenticate"));
        } catch (SipProtocolException e) {
            finish(attempt, "REGISTER challenge unusable: " + e.getMessage());
            return;
        }
        nonceCount = 0;
        send(new Attempt(attempt.expires(), attempt.challengesAnswered() + 1, attempt.generation(),
                attempt.unregistering()));
    }

    private void accepted(Attempt attempt, SipMessage response) {
        if (attempt.unregistering() != null) {
            attempt.unregistering().complete(null);
            return;
        }
        Duration granted = grantedExpires(response, attempt.expires());
        long refreshMillis = Math.max(1000, granted.toMillis() * 8 / 10);
        long scheduledGeneration = generation;
        refresh = runtime.scheduler().schedule(() -> refresh(scheduledGeneration), refreshMillis, TimeUnit.MILLISECONDS);
        outcome.accepted(new RegistrationResult(granted, serverTime(response)));
    }

    private void refresh(long scheduledGeneration) {
        synchronized (lock) {
            if (scheduledGeneration == generation && link.isOpen()) {
                send(new Attempt(settings.registerExpires(), challenge == null ? 0 : 1, generation, null));
            }
        }
    }

    private void finish(Attempt attempt, String reason) {
        if (attempt.unregistering() != null) {
            attempt.unregistering().complete(null);
        } else {
            outcome.failed(reason);
        }
    }

    private void cancelRefresh() {
        if (refresh != null) {
            refresh.cancel(false);
            refresh = null;
        }
    }

    static Duration grantedExpires(SipMessage response, Duration requested) {
        Optional<String> value = response.header("Expires");
        if (value.isEmpty()) {
            value = response.header("Contact").map(c -> SipAddress.parse(c).params().get("expires"));
        }
        try {
            return value.map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).orElse(requested);
        } catch (NumberFormatException e) {
            return requested;
        }
    }

    /** GB28181 platforms send {@code Date: 2024-05-01T08:00:00.000}, local time without zone. */
    static Optional<LocalDateTime> serverTime(SipMessage response) {
        try {
            return response.header("Date").map(date -> LocalDateTime.parse(date.strip(), GB_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String rootMessage(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage();
    }
}
