package org.xueliang.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.JavaCvSourceFactory;
import org.xueliang.ingest.channel.ReconnectPolicy;
import org.xueliang.ingest.channel.Sleeper;
import org.xueliang.server.pipeline.AnalysisPool;
import org.xueliang.server.pipeline.ChannelRuntime;

/**
 * N live channels through the server's own composition, {@link ChannelRuntime} as
 * {@code Application} builds it: the JavaCV source factory, the default reconnect policy and
 * analysis queue, one analysis thread per core, the default pipeline (motion and tracks). Each
 * channel is analysed at 5 fps, 640 wide, with a motion zone and a line-crossing rule.
 *
 * <p>{@link #measure} runs a spell and reports per channel the pictures decoded against real time
 * and the analysis frames dropped, analysis latency (end of analysis minus capture) in the first
 * and last third of the spell, and the process's CPU and load average.
 */
final class ChannelLoad implements AutoCloseable {
    /** {@link BenchClips} makes 25 fps clips. */
    static final double CLIP_FRAME_RATE = 25;
    static final SamplingConfig SAMPLING = new SamplingConfig(5, 640);
    /** The server's default ({@code ingest.queueCapacity}). */
    private static final int QUEUE_CAPACITY = 8;
    private static final Duration ONLINE_WAIT = Duration.ofSeconds(60);

    private final LoadSources sources;
    private final Duration cooldown;
    private final CountingSources counting;
    private final ExecutorService analysisPool = AnalysisPool.sizedToCores(new ServerMetrics());
    private final LatencyTap tap = new LatencyTap();
    private final ChannelRuntime runtime;
    private final List<Running> running = new ArrayList<>();
    private int replaced;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** A started channel and its picture counter. */
    private record Running(String id, CountingSources.Counted counted) {
    }

    /** Counters at the start of a spell. */
    private record Mark(long nanos, long[] pictures, long[] dropped, long processCpu, long senderCpu) {
    }

    /**
     * @param sources  where channels get their video
     * @param cooldown quiet time of the zone and line rules after firing
     * @param events   receives every event, on analysis threads
     * @param idleHold stillness before a channel decodes keyframes alone, or null for never (the default)
     */
    ChannelLoad(LoadSources sources, Duration cooldown, Consumer<AnalyticsEvent> events, Duration idleHold) {
        this.sources = sources;
        this.cooldown = cooldown;
        this.counting = new CountingSources(new JavaCvSourceFactory(sources.media()));
        IngestRuntime ingest = new IngestRuntime(counting, Clock.systemUTC(), new Random(), Sleeper.system());
        this.runtime = new ChannelRuntime(ingest, ReconnectPolicy.DEFAULT, QUEUE_CAPACITY, PipelineConfig.defaults(),
                analysisPool, events, track -> { }, tap, idleHold);
    }

    /** Starts or stops channels until {@code channels} run, then waits until every one is online. */
    void resize(int channels) throws InterruptedException {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, got " + channels);
        }
        while (running.size() > channels) {
            runtime.stop(running.remove(running.size() - 1).id());
        }
        while (running.size() < channels) {
            String id = String.format("load-%03d", running.size() + 1);
            SourceConfig source = sources.source(running.size() + 1);
            CountingSources.Counted counted = counting.register(source);
            runtime.start(spec(id, source));
            running.add(new Running(id, counted));
        }
        awaitOnline();
    }

    /** Runs the channels for {@code spell} and reports what they did in it. */
    LoadSpell measure(Duration spell) throws InterruptedException {
        tap.drain();
        Mark start = mark();
        TimeUnit.NANOSECONDS.sleep(spell.toNanos());
        Mark end = mark();
        LatencyTap.Samples samples = tap.drain();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        long third = (end.nanos() - start.nanos()) / 3;
        List<LoadSpell.ChannelFigures> figures = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            long pictures = end.pictures()[i] - start.pictures()[i];
            figures.add(new LoadSpell.ChannelFigures(running.get(i).id(), pictures,
                    pictures / (sources.frameRate() * seconds), end.dropped()[i] - start.dropped()[i],
                    samples.channelCount(running.get(i).id())));
        }
        return new LoadSpell(running.size(), seconds, figures,
                LoadSpell.Latency.of(samples.latenciesBetween(start.nanos(), start.nanos() + third)),
                LoadSpell.Latency.of(samples.latenciesBetween(end.nanos() - third, end.nanos())),
                end.processCpu() - start.processCpu(), end.senderCpu() - start.senderCpu(),
                os.getAvailableProcessors(), os.getSystemLoadAverage());
    }

    /**
     * Stops the channel at {@code index} (in start order) and starts a new one, with a new id, in
     * its place without waiting for it: the churn of channels coming and going.
     */
    void replace(int index) {
        Running old = running.get(index);
        runtime.stop(old.id());
        counting.unregister(old.counted());
        replaced++;
        String id = String.format("churn-%05d", replaced);
        SourceConfig source = sources.source(index + 1);
        CountingSources.Counted counted = counting.register(source);
        runtime.start(spec(id, source));
        running.set(index, new Running(id, counted));
    }

    /** Channels running now. */
    int size() {
        return running.size();
    }

    /** Health of every running channel. */
    List<ChannelHealth> health() {
        return runtime.healthOfAll();
    }

    @Override
    public void close() throws InterruptedException {
        runtime.close();
        running.clear();
        analysisPool.shutdown();
        analysisPool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private ChannelSpec spec(String id, SourceConfig source) {
        // the footage's walkers cross the middle of the picture, on the paving, all the time
        ZoneRuleConfig zone = new ZoneRuleConfig("paving",
                List.of(new Point(0, 0.35), new Point(1, 0.35), new Point(1, 0.75), new Point(0, 0.75)),
                0.002, Duration.ofSeconds(1), cooldown);
        LineCrossingConfig line = new LineCrossingConfig("line", new Point(0.5, 0.3), new Point(0.5, 0.8),
                CrossingDirection.BOTH, Set.of(), ArmingSchedule.always(), cooldown);
        return new ChannelSpec(id, id, source, SAMPLING, List.of(zone), List.of(line));
    }

    private Mark mark() {
        long[] pictures = new long[running.size()];
        long[] dropped = new long[running.size()];
        for (int i = 0; i < running.size(); i++) {
            pictures[i] = running.get(i).counted().pictures();
            dropped[i] = runtime.health(running.get(i).id()).map(ChannelHealth::droppedFrames).orElse(0L);
        }
        return new Mark(System.nanoTime(), pictures, dropped, os.getProcessCpuTime(), sources.senderCpuNanos());
    }

    private void awaitOnline() throws InterruptedException {
        long deadline = System.nanoTime() + ONLINE_WAIT.toNanos();
        while (true) {
            List<ChannelHealth> waiting = health().stream()
                    .filter(h -> h.state() != ChannelState.ONLINE || h.lastFrameTime() == null).toList();
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " channel(s) not online after "
                        + ONLINE_WAIT.toSeconds() + " s, first: " + waiting.get(0));
            }
            Thread.sleep(100);
        }
    }
}
