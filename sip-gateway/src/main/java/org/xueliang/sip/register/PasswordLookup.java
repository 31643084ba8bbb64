package org.xueliang.sip.register;

import java.util.Objects;
import java.util.Optional;

/** The password a device must authenticate with: its own if it has one, else the platform's. */
@FunctionalInterface
public interface PasswordLookup {

    /** The password of this device, empty when none is configured for it. */
    Optional<String> passwordFor(String deviceId);

    /** The same password for every device. */
    static PasswordLookup global(String password) {
        Objects.requireNonNull(password, "password");
        return deviceId -> Optional.of(password);
    }

    /** This lookup, falling back to {@code globalPassword} for devices without their own. */
    default PasswordLookup orElse(String globalPassword) {
        Objects.requireNonNull(globalPassword, "globalPassword");
        return deviceId -> {
            Optional<String> own = passwordFor(deviceId);
            return own.isPresent() ? own : Optional.of(globalPassword);
        };
    }
}
