package org.xueliang.simulator.device;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/** A 200 to REGISTER: the expiry the platform granted and the time from its Date header. */
record RegistrationResult(Duration expires, Optional<LocalDateTime> serverTime) {
}
