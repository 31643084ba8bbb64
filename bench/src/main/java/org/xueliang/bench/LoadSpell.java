package org.xueliang.bench;

import java.util.List;
import java.util.Locale;

/**
 * What one spell of a {@link ChannelLoad} measured.
 *
 * @param channels        channels running
 * @param seconds         length of the spell
 * @param perChannel      each channel's input and drops
 * @param firstThird      analysis latency of the frames analysed in the first third of the spell
 * @param lastThird       the same for the last third
 * @param processCpuNanos CPU time of the whole process over the spell
 * @param senderCpuNanos  CPU time the simulated camera used, part of the process's, 0 for files
 * @param cores           processors the JVM sees
 * @param loadAverage     the system's one-minute load average at the end of the spell
 */
record LoadSpell(int channels, double seconds, List<ChannelFigures> perChannel, Latency firstThird,
                 Latency lastThird, long processCpuNanos, long senderCpuNanos, int cores, double loadAverage) {
    /** Input share of real time a channel needs to count as keeping up. */
    static final double MIN_INPUT_SHARE = 0.98;
    /** How much the analysis latency's p99 may grow from the first to the last third. */
    static final long MAX_LATENCY_GROWTH_MICROS = 100_000;

    /**
     * One channel over the spell.
     *
     * @param pictures   pictures decoded
     * @param inputShare pictures decoded over those real time delivers (frame rate times the spell)
     * @param dropped    frames dropped from the analysis queue
     * @param analysed   frames analysed
     */
    record ChannelFigures(String channelId, long pictures, double inputShare, long dropped, long analysed) {
    }

    /** Nearest-rank percentiles of analysis latency in microseconds, over {@code frames} frames. */
    record Latency(int frames, long p50Micros, long p99Micros, long maxMicros) {
        static Latency of(long[] sorted) {
            if (sorted.length == 0) {
                return new Latency(0, 0, 0, 0);
            }
            return new Latency(sorted.length, AlertDeliveryBench.percentile(sorted, 0.50),
                    AlertDeliveryBench.percentile(sorted, 0.99), sorted[sorted.length - 1]);
        }
    }

    LoadSpell {
        perChannel = List.copyOf(perChannel);
    }

    /** The smallest input share of any channel. */
    double minInputShare() {
        return perChannel.stream().mapToDouble(ChannelFigures::inputShare).min().orElse(0);
    }

    long dropped() {
        return perChannel.stream().mapToLong(ChannelFigures::dropped).sum();
    }

    long analysed() {
        return perChannel.stream().mapToLong(ChannelFigures::analysed).sum();
    }

    /** CPU of the process, less the simulated camera's, per second of the spell and per channel, in ms. */
    double cpuMillisPerChannelSecond() {
        return (processCpuNanos - senderCpuNanos) / 1e6 / seconds / channels;
    }

    /** The whole process's CPU over the spell, in % of one core. */
    double processCpuPercent() {
        return processCpuNanos / 1e7 / seconds;
    }

    /** The simulated camera's CPU over the spell, in % of one core. */
    double senderCpuPercent() {
        return senderCpuNanos / 1e7 / seconds;
    }

    /** No analysis frame dropped, every channel at real time, latency not growing. */
    boolean sustained() {
        return dropped() == 0 && minInputShare() >= MIN_INPUT_SHARE && latencyHolds();
    }

    /** The last third's p99 at most {@link #MAX_LATENCY_GROWTH_MICROS} above the first third's. */
    boolean latencyHolds() {
        return firstThird.frames() > 0 && lastThird.frames() > 0
                && lastThird.p99Micros() <= firstThird.p99Micros() + MAX_LATENCY_GROWTH_MICROS;
    }

    /** Which conditions failed, for people; empty when sustained. */
    String failures() {
        StringBuilder out = new StringBuilder();
        if (dropped() > 0) {
            out.append(dropped()).append(" dropped; ");
        }
        if (minInputShare() < MIN_INPUT_SHARE) {
            out.append(String.format(Locale.ROOT, "input %.1f%%; ", 100 * minInputShare()));
        }
        if (!latencyHolds()) {
            out.append("latency grows; ");
        }
        return out.isEmpty() ? "" : out.substring(0, out.length() - 2);
    }
}
