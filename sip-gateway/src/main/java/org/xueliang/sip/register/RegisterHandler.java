package org.xueliang.sip.register;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.xueliang.sip.message.GbId;
import org.xueliang.sip.message.GbVersion;
import org.xueliang.sip.message.InvalidGbIdException;

/**
 * Decides the answer to a REGISTER (GB/T 28181 section 9.1): challenge, refuse, register or
 * de-register. Pure: no I/O and no registry update; the caller applies a {@link
 * RegisterDecision.Registered} to the device registry.
 */
public final class RegisterHandler {
    /** Devices set their clock from this header, in this format and the platform's local time. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");
    static final String METHOD = "REGISTER";

    private final DigestAuth digest;
    private final PasswordLookup passwords;
    private final Clock clock;
    private final int defaultExpires;

    /**
     * @param digest         digest authentication for the platform's realm
     * @param passwords      per-device passwords with the global one as fallback
     * @param clock          time of registrations; its zone is the zone of the {@code Date} header
     * @param defaultExpires seconds granted when the device asks for none
     */
    public RegisterHandler(DigestAuth digest, PasswordLookup passwords, Clock clock, int defaultExpires) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (defaultExpires < 1) {
            throw new IllegalArgumentException("default expires must be at least 1 second, got " + defaultExpires);
        }
        this.defaultExpires = defaultExpires;
    }

    /** The answer to one REGISTER. */
    public RegisterDecision handle(RegisterRequest request) {
        try {
            GbId.parse(request.deviceId());
        } catch (InvalidGbIdException e) {
            return new RegisterDecision.Forbidden("device " + e.getMessage());
        }
        if (request.expires() != null && request.expires() < 0) {
            return new RegisterDecision.BadRequest("Expires must not be negative, got " + request.expires());
        }
        if (request.authorization() == null || request.authorization().isBlank()) {
            return new RegisterDecision.Challenge(digest.challenge(false), "no credentials");
        }
        DigestCredentials credentials;
        try {
            credentials = DigestCredentials.parse(request.authorization());
        } catch (DigestParseException e) {
            return new RegisterDecision.BadRequest(e.getMessage());
        }
        RegisterDecision refusal = check(request, credentials);
        if (refusal != null) {
            return refusal;
        }
        return accept(request);
    }

    /** A challenge or refusal for these credentials, or null when they are good. */
    private RegisterDecision check(RegisterRequest request, DigestCredentials credentials) {
        if (!credentials.username().equals(request.deviceId())) {
            return new RegisterDecision.Forbidden("username \"" + credentials.username()
                    + "\" does not match device ID " + request.deviceId());
        }
        if (!credentials.realm().equals(digest.realm())) {
            return new RegisterDecision.Forbidden("realm \"" + credentials.realm() + "\" is not this platform's domain "
                    + digest.realm());
        }
        switch (digest.checkNonce(credentials.nonce())) {
            case EXPIRED:
                return new RegisterDecision.Challenge(digest.challenge(true), "nonce expired");
            case UNKNOWN:
                return new RegisterDecision.Challenge(digest.challenge(false), "nonce not issued by this platform");
            default:
                break;
        }
        Optional<String> password = passwords.passwordFor(request.deviceId());
        if (password.isEmpty()) {
            return new RegisterDecision.Forbidden("no password configured for device " + request.deviceId());
        }
        if (!digest.responseMatches(credentials, METHOD, password.get())) {
            return new RegisterDecision.Forbidden("wrong password for device " + request.deviceId());
        }
        return null;
    }

    private RegisterDecision accept(RegisterRequest request) {
        String date = LocalDateTime.now(clock).format(DATE);
        if (request.expires() != null && request.expires() == 0) {
            return new RegisterDecision.Unregistered(request.deviceId(), date, request.source());
        }
        int expires = request.expires() == null ? defaultExpires : request.expires();
        return new RegisterDecision.Registered(request.deviceId(), request.callId(), expires,
                clock.instant().plusSeconds(expires), date, request.source(), GbVersion.fromHeader(request.gbVersion()));
    }
}
