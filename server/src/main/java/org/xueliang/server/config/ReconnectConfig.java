package org.xueliang.server.config;

import java.time.Duration;

/**
 * How a failed source is retried: exponential back-off from {@code initialDelay} up to
 * {@code maxDelay}, each delay varied by up to {@code jitter} so that cameras behind one dead
 * switch do not all reconnect in the same instant.
 *
 * @param initialDelay first wait, greater than 0 (default 1s)
 * @param maxDelay     longest wait, at least {@code initialDelay} (default 30s)
 * @param jitter       random variation as a fraction of the delay, 0..1 (default 0.2)
 */
public record ReconnectConfig(Duration initialDelay, Duration maxDelay, double jitter) {
}
