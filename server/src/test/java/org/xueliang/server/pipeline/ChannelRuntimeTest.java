package org.xueliang.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channels.VideoQuality;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.quality.QualityCheck;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.ReconnectPolicy;
import org.xueliang.ingest.channel.Sleeper;

/**
 * The runtime on synthetic video paced by the test (see {@link ScriptedSources}), analysed on the
 * ingest thread so that every picture is analysed before the next is read.
 */
class ChannelRuntimeTest {
    private static final RuleConfig GATE = new LineCrossingConfig("gate", new Point(0, 0.5), new Point(1, 0.5),
            CrossingDirection.BOTH, Set.of(), ArmingSchedule.always(), Duration.ZERO);

    private final ScriptedSources sources = new ScriptedSources();
    private final List<AnalyticsEvent> events = new CopyOnWriteArrayList<>();
    private final List<TrackRecord> tracks = new CopyOnWriteArrayList<>();
    private final ChannelRuntime runtime = new ChannelRuntime(
            new IngestRuntime(sources, sources.clock, new Random(1), Sleeper.system()),
            new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 0), 64, PipelineConfig.defaults(),
            Runnable::run, events::add, tracks::add, FrameTap.NONE, null);

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static ChannelSpec spec(SamplingConfig sampling, List<RuleConfig> rules) {
        return new ChannelSpec("cam", "cam", new RtspSourceConfig("rtsp://cam/s", RtspTransport.TCP,
                Duration.ofSeconds(5), Duration.ofSeconds(10)), sampling, List.of(), rules);
    }

    private List<AnalyticsEvent> eventsOf(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void aNewRuleTakesEffectOnTheNextFramesWithoutReopeningTheSource() throws Exception {
        runtime.start(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of()));
        sources.allow(ScriptedSources.WALKER_FROM);
        sources.awaitWaitingFor(ScriptedSources.WALKER_FROM);

        runtime.update(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of(GATE)));
        sources.allow(30);
        sources.awaitWaitingFor(ScriptedSources.WALKER_FROM + 30);

        assertThat(sources.sessions()).isEqualTo(1);
        List<AnalyticsEvent> crossings = eventsOf(EventTypes.LINE_CROSSING);
        assertThat(crossings).as("events %s", events).hasSize(1);
        assertThat(crossings.get(0).ruleId()).isEqualTo("gate");
        assertThat(crossings.get(0).details()).containsEntry(EventTypes.DIRECTION, "B_TO_A");
        assertThat(crossings.get(0).snapshotJpeg()).isNotEmpty();
    }

    @Test
    void withoutTheRuleTheSameWalkRaisesNoCrossing() throws Exception {
        runtime.start(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of()));
        sources.allow(ScriptedSources.WALKER_FROM + 30);
        sources.awaitWaitingFor(ScriptedSources.WALKER_FROM + 30);

        assertThat(eventsOf(EventTypes.LINE_CROSSING)).isEmpty();
    }

    @Test
    void aSamplingChangeRestartsTheChannel() throws Exception {
        runtime.start(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of()));
        sources.allow(3);
        sources.awaitWaitingFor(3);

        runtime.update(spec(new SamplingConfig(2.5, ScriptedSources.WIDTH), List.of(GATE)));
        sources.awaitWaitingFor(0);

        assertThat(sources.sessions()).isEqualTo(2);
    }

    @Test
    void aChannelThatStopsSendingRaisesOneSignalLoss() throws Exception {
        runtime.start(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of()));
        sources.allow(5);
        sources.awaitWaitingFor(5);
        runtime.checkSignals();
        assertThat(eventsOf(EventTypes.VIDEO_QUALITY)).isEmpty();

        sources.clock.advance(Duration.ofSeconds(11));
        runtime.checkSignals();
        runtime.checkSignals();

        List<AnalyticsEvent> quality = eventsOf(EventTypes.VIDEO_QUALITY);
        assertThat(quality).hasSize(1);
        assertThat(quality.get(0).ruleId()).isEqualTo("quality.SIGNAL_LOSS");
        assertThat(quality.get(0).details()).containsEntry(EventTypes.CHECK, "SIGNAL_LOSS")
                .containsEntry(EventTypes.HEALTH_SCORE, "0");
        assertThat(runtime.videoQuality("cam")).contains(new VideoQuality(0, List.of(QualityCheck.SIGNAL_LOSS)));
    }

    @Test
    void tracksStillLiveAreRecordedWhenTheChannelStops() throws Exception {
        runtime.start(spec(new SamplingConfig(5, ScriptedSources.WIDTH), List.of(GATE)));
        sources.allow(ScriptedSources.WALKER_FROM + 20);
        sources.awaitWaitingFor(ScriptedSources.WALKER_FROM + 20);
        assertThat(tracks).isEmpty();

        runtime.stop("cam");

        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).channelId()).isEqualTo("cam");
        assertThat(tracks.get(0).label()).isEqualTo("motion");
        assertThat(tracks.get(0).path()).hasSizeGreaterThan(5);
        assertThat(runtime.health("cam")).isEmpty();
    }
}
