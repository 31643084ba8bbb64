package org.xueliang.sip.device;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.xueliang.sip.message.GbVersion;

/**
 * In-memory state of every device: registration, keepalive, reachable address, online or not.
 * Thread-safe: each device's state is replaced atomically, so SIP threads and the sweeper can
 * work at once. Methods return the {@link DeviceEvent}s they caused; nothing is published here.
 *
 * <p>{@link #sweep(Instant)} visits each device once and compares one precomputed deadline, so
 * sweeping 10,000 devices every few seconds costs next to nothing.
 */
public final class DeviceRegistry {
    static final String REGISTRATION_EXPIRED = "registration expired";
    static final String UNREGISTERED = "unregistered";

    private final Clock clock;
    private final KeepalivePolicy policy;
    private final ConcurrentMap<String, Entry> devices = new ConcurrentHashMap<>();

    public DeviceRegistry(Clock clock, KeepalivePolicy policy) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Records a successful REGISTER (new or refresh): the device is online and reachable at
     * {@code address} until {@code expiresAt}.
     *
     * @return {@link DeviceCameBack} if it was offline, {@link DeviceAddressChanged} if it moved
     */
    public List<DeviceEvent> register(String deviceId, DeviceAddress address, Instant expiresAt, GbVersion version) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(version, "version");
        Instant now = clock.instant();
        List<DeviceEvent> events = new ArrayList<>(2);
        devices.compute(deviceId, (id, old) -> {
            if (old != null) {
                noteAddress(old.state, address, now, events);
                noteReturn(old.state, address, now, events);
            }
            Instant lastKeepalive = old == null ? null : old.state.lastKeepalive();
            return entry(new DeviceState(id, address, version, now, expiresAt, lastKeepalive, true, true, null));
        });
        return events;
    }

    /** Records a de-registration ({@code Expires: 0}): the device is offline until it registers again. */
    public List<DeviceEvent> unregister(String deviceId) {
        Instant now = clock.instant();
        List<DeviceEvent> events = new ArrayList<>(1);
        devices.computeIfPresent(deviceId, (id, old) -> {
            DeviceState s = old.state;
            if (s.online()) {
                events.add(new DeviceWentOffline(id, now, UNREGISTERED, s.lastSeen()));
            }
            String reason = s.online() ? UNREGISTERED : s.offlineReason();
            return entry(new DeviceState(id, s.address(), s.version(), s.registeredAt(), s.expiresAt(),
                    s.lastKeepalive(), false, false, reason));
        });
        return events;
    }

    /**
     * Records a keepalive received from {@code source}. Only a registered device is kept alive; an
     * unknown or expired one is told to register again ({@link KeepaliveResult#registered()} false).
     */
    public KeepaliveResult keepalive(String deviceId, DeviceAddress source) {
        Objects.requireNonNull(source, "source");
        Instant now = clock.instant();
        List<DeviceEvent> events = new ArrayList<>(2);
        boolean[] registered = {false};
        devices.computeIfPresent(deviceId, (id, old) -> {
            DeviceState s = old.state;
            if (!s.registered()) {
                return old;
            }
            registered[0] = true;
            noteAddress(s, source, now, events);
            noteReturn(s, source, now, events);
            return entry(new DeviceState(id, source, s.version(), s.registeredAt(), s.expiresAt(), now, true, true, null));
        });
        return new KeepaliveResult(registered[0], events);
    }

    /** {@link #sweep(Instant)} at the clock's current time. */
    public List<DeviceEvent> sweep() {
        return sweep(clock.instant());
    }

    /**
     * Takes offline every online device whose registration expired or that missed too many
     * keepalives, and drops the registration of offline devices once it runs out.
     *
     * @return a {@link DeviceWentOffline} per device taken offline
     */
    public List<DeviceEvent> sweep(Instant now) {
        long nowMillis = now.toEpochMilli();
        List<DeviceEvent> events = new ArrayList<>();
        for (Entry candidate : devices.values()) {
            if (candidate.deadline <= nowMillis) {
                devices.computeIfPresent(candidate.state.deviceId(), (id, current) ->
                        current.deadline <= nowMillis ? expire(current.state, now, events) : current);
            }
        }
        return events;
    }

    /** The state of a device, if it ever registered. */
    public Optional<DeviceState> find(String deviceId) {
        Entry entry = devices.get(deviceId);
        return entry == null ? Optional.empty() : Optional.of(entry.state);
    }

    /** A snapshot of every known device, in no particular order. */
    public List<DeviceState> devices() {
        List<DeviceState> states = new ArrayList<>(devices.size());
        for (Entry entry : devices.values()) {
            states.add(entry.state);
        }
        return states;
    }

    /** Number of known devices. */
    public int size() {
        return devices.size();
    }

    /** Number of devices online now. */
    public int onlineCount() {
        int online = 0;
        for (Entry entry : devices.values()) {
            if (entry.state.online()) {
                online++;
            }
        }
        return online;
    }

    /** Forgets a device entirely (deleted by an integrator); true if it was known. */
    public boolean forget(String deviceId) {
        return devices.remove(deviceId) != null;
    }

    private Entry expire(DeviceState s, Instant now, List<DeviceEvent> events) {
        boolean expired = !s.expiresAt().isAfter(now);
        if (!s.online()) {
            // Already offline: only the registration runs out, which is not news.
            return entry(new DeviceState(s.deviceId(), s.address(), s.version(), s.registeredAt(), s.expiresAt(),
                    s.lastKeepalive(), false, false, s.offlineReason()));
        }
        Instant silentSince = s.lastSeen().plus(policy.offlineAfter());
        boolean silent = !silentSince.isAfter(now);
        String reason = silent && (!expired || silentSince.isBefore(s.expiresAt()))
                ? policy.missedReason() : REGISTRATION_EXPIRED;
        events.add(new DeviceWentOffline(s.deviceId(), now, reason, s.lastSeen()));
        return entry(new DeviceState(s.deviceId(), s.address(), s.version(), s.registeredAt(), s.expiresAt(),
                s.lastKeepalive(), !expired, false, reason));
    }

    private static void noteAddress(DeviceState old, DeviceAddress address, Instant now, List<DeviceEvent> events) {
        if (!old.address().equals(address)) {
            events.add(new DeviceAddressChanged(old.deviceId(), now, old.address(), address));
        }
    }

    private static void noteReturn(DeviceState old, DeviceAddress address, Instant now, List<DeviceEvent> events) {
        if (!old.online()) {
            events.add(new DeviceCameBack(old.deviceId(), now, address, old.offlineReason()));
        }
    }

    /** Precomputes when this state next needs the sweeper's attention. */
    private Entry entry(DeviceState state) {
        long deadline;
        if (state.online()) {
            long silent = state.lastSeen().plus(policy.offlineAfter()).toEpochMilli();
            deadline = Math.min(silent, state.expiresAt().toEpochMilli());
        } else if (state.registered()) {
            deadline = state.expiresAt().toEpochMilli();
        } else {
            deadline = Long.MAX_VALUE;
        }
        return new Entry(state, deadline);
    }

    private record Entry(DeviceState state, long deadline) {
    }
}
