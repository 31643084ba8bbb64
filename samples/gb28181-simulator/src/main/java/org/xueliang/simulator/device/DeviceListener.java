package org.xueliang.simulator.device;

/** What a fleet learns from its devices, to count registrations and report progress. */
public interface DeviceListener {

    /** The device's registration was accepted; {@code initial} for its first since start. */
    void registered(SimulatedDevice device, boolean initial);

    /** The device is no longer registered (failure, lost connection, de-registration). */
    void unregistered(SimulatedDevice device, String reason);

    /** An attempt to register failed; the device retries after a backoff. */
    default void registrationFailed(SimulatedDevice device, String reason) {
    }

    /** A keepalive got its 200. */
    default void keepaliveAnswered(SimulatedDevice device) {
    }
}
