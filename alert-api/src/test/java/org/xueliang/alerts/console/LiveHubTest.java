package org.xueliang.alerts.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live hub asks for frames only for due, idle viewers, at each viewer's own rate. */
class LiveHubTest {
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    /** Frames every {@code stepMillis} for one second; returns how many the hub wanted. */
    private static int framesWanted(LiveHub hub, String channel, int stepMillis, List<FakeViewer> viewers) {
        int wanted = 0;
        for (int t = 0; t < 1000; t += stepMillis) {
            Instant time = T0.plusMillis(t);
            LiveHub.Delivery delivery = hub.take(channel, time);
            if (!delivery.isEmpty()) {
                wanted++;
                delivery.send(frame(channel, time));
                viewers.forEach(FakeViewer::finishWriting);
            }
        }
        return wanted;
    }

    private static LiveFrame frame(String channel, Instant time) {
        return new LiveFrame(channel, time, 320, 240, "ONLINE", List.of(), List.of(), List.of(), 100, new byte[] {1});
    }

    @Test
    void nobodyWatchingMeansNoFrameIsWanted() {
        LiveHub hub = new LiveHub();
        assertThat(framesWanted(hub, "cam-1", 40, List.of())).isZero();
        Runnable leave = hub.join("cam-1", 4, new FakeViewer());
        leave.run();
        assertThat(hub.viewers("cam-1")).isZero();
        assertThat(framesWanted(hub, "cam-1", 40, List.of())).isZero();
    }

    @Test
    void aViewerGetsItsRateFromAFasterChannel() {
        LiveHub hub = new LiveHub();
        FakeViewer viewer = new FakeViewer();
        hub.join("cam-1", 4, viewer);
        // 25 analysis frames a second, 4 wanted
        assertThat(framesWanted(hub, "cam-1", 40, List.of(viewer))).isEqualTo(4);
        assertThat(viewer.pictures).isEqualTo(4);
    }

    @Test
    void aRateThatIsNoDivisorOfTheFrameRateStillAverages() {
        LiveHub hub = new LiveHub();
        FakeViewer viewer = new FakeViewer();
        hub.join("cam-1", 4, viewer);
        // 5 analysis frames a second: every 200 ms, against slots every 250 ms
        assertThat(framesWanted(hub, "cam-1", 200, List.of(viewer))).isEqualTo(4);
    }

    @Test
    void viewersOfOneChannelKeepTheirOwnRates() {
        LiveHub hub = new LiveHub();
        FakeViewer slow = new FakeViewer();
        FakeViewer fast = new FakeViewer();
        hub.join("cam-1", 2, slow);
        hub.join("cam-1", 10, fast);
        FakeViewer other = new FakeViewer();
        hub.join("cam-2", 10, other);
        assertThat(framesWanted(hub, "cam-1", 20, List.of(slow, fast))).isEqualTo(10);
        assertThat(slow.pictures).isEqualTo(2);
        assertThat(fast.pictures).isEqualTo(10);
        assertThat(other.pictures).isZero();
    }

    @Test
    void aBusyViewerSkipsFramesInsteadOfQueueingThem() {
        LiveHub hub = new LiveHub();
        FakeViewer stuck = new FakeViewer();
        hub.join("cam-1", 10, stuck);
        for (int i = 0; i < 10; i++) {
            LiveHub.Delivery delivery = hub.take("cam-1", T0.plusMillis(100L * i));
            if (!delivery.isEmpty()) {
                delivery.send(frame("cam-1", T0));
            }
        }
        // the first frame is never finished: the nine after it are dropped, none is queued
        assertThat(stuck.pictures).isEqualTo(1);
        assertThat(hub.dropped()).isEqualTo(9);
    }

    @Test
    void theOverlayComesWithThePicture() {
        LiveHub hub = new LiveHub();
        FakeViewer viewer = new FakeViewer();
        hub.join("cam-1", 4, viewer);
        hub.take("cam-1", T0).send(frame("cam-1", T0));
        assertThat(viewer.overlays).hasSize(1);
        assertThat(viewer.overlays.get(0)).startsWith("{\"type\":\"overlay\",\"channel\":\"cam-1\","
                + "\"time\":\"2026-11-23T08:00:00Z\",\"width\":320,\"height\":240,\"state\":\"ONLINE\"");
    }

    @Test
    void refusesARateOutsideTheLimits() {
        LiveHub hub = new LiveHub();
        assertThatThrownBy(() -> hub.join("cam-1", 11, new FakeViewer()))
                .hasMessage("fps must be above 0 and at most 10.0, got 11.0");
        assertThatThrownBy(() -> hub.join("cam-1", 0, new FakeViewer()))
                .hasMessage("fps must be above 0 and at most 10.0, got 0.0");
    }

    /** A viewer that stays busy with each frame until told it was written. */
    private static final class FakeViewer implements LiveViewer {
        final List<String> overlays = new ArrayList<>();
        int pictures;
        boolean writing;

        @Override
        public boolean busy() {
            return writing;
        }

        @Override
        public void send(String overlay, byte[] jpeg) {
            overlays.add(overlay);
            if (jpeg != null) {
                pictures++;
            }
            writing = true;
        }

        void finishWriting() {
            writing = false;
        }
    }
}
