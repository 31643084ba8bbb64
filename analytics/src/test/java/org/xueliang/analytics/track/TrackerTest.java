package org.xueliang.analytics.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;

/** Synthetic observations at 5 fps; boxes 0.05 wide and 0.15 tall unless said otherwise. */
class TrackerTest {
    private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    private static final TrackerConfig CONFIG = TrackerConfig.defaults();

    private static Instant time(int n) {
        return T0.plus(Duration.ofMillis(200L * n));
    }

    private static Observation blob(double x, double footY) {
        return Observation.motion(new Box(x, footY - 0.15, 0.05, 0.15));
    }

    private static Observation person(double x, double footY, double confidence) {
        return Observation.detection(new Box(x, footY - 0.15, 0.05, 0.15), "person", confidence);
    }

    @Test
    void twoPeopleWhoCrossPathsKeepTheirIds() {
        Tracker tracker = new Tracker(CONFIG);
        TrackUpdate last = null;
        for (int n = 0; n <= 16; n++) {
            // A walks right, B left, on the same row; their boxes overlap around frame 8
            last = tracker.update(time(n), List.of(blob(0.1 + 0.04 * n, 0.5), blob(0.74 - 0.04 * n, 0.5)));
        }
        assertThat(last.tracks()).hasSize(2);
        TrackedObject a = last.tracks().get(0);
        TrackedObject b = last.tracks().get(1);
        assertThat(a.id()).isEqualTo(1);
        assertThat(a.foot().x()).as("A ends on the right").isCloseTo(0.125 + 0.64, within(1e-9));
        assertThat(a.directionDegrees()).isCloseTo(90, within(1e-6));
        assertThat(b.id()).isEqualTo(2);
        assertThat(b.foot().x()).as("B ends on the left").isCloseTo(0.765 - 0.64, within(1e-9));
        assertThat(b.directionDegrees()).isCloseTo(270, within(1e-6));
    }

    @Test
    void shortOcclusionKeepsTheIdAndALongerOneEndsTheTrack() {
        Tracker tracker = new Tracker(CONFIG);
        for (int n = 0; n < 5; n++) {
            tracker.update(time(n), List.of(blob(0.1 + 0.02 * n, 0.5)));
        }
        for (int n = 5; n < 10; n++) {
            assertThat(tracker.update(time(n), List.of()).finished()).isEmpty();
        }
        // seen again where the velocity put it, after CONFIG.maxMissedFrames() = 5 missed frames
        TrackUpdate back = tracker.update(time(10), List.of(blob(0.3, 0.5)));
        assertThat(back.tracks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(1);
            assertThat(t.hits()).isEqualTo(6);
        });
        for (int n = 11; n < 16; n++) {
            assertThat(tracker.update(time(n), List.of()).finished()).isEmpty();
        }
        TrackUpdate gone = tracker.update(time(16), List.of());
        assertThat(gone.tracks()).isEmpty();
        assertThat(gone.finished()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(1);
            assertThat(f.lastSeen()).isEqualTo(time(10));
        });
        assertThat(tracker.update(time(17), List.of(blob(0.3, 0.5))).tracks().get(0).id()).isEqualTo(2);
    }

    @Test
    void tracksAreConfirmedOnTheirThirdObservationAndUnconfirmedOnesVanishSilently() {
        Tracker tracker = new Tracker(CONFIG);
        assertThat(tracker.update(time(0), List.of(blob(0.1, 0.5))).tracks().get(0).confirmed()).isFalse();
        assertThat(tracker.update(time(1), List.of(blob(0.1, 0.5))).tracks().get(0).confirmed()).isFalse();
        assertThat(tracker.update(time(2), List.of(blob(0.1, 0.5), blob(0.8, 0.9))).tracks())
                .extracting(TrackedObject::confirmed).containsExactly(true, false);
        List<FinishedTrack> finished = new ArrayList<>();
        for (int n = 3; n < 12; n++) {
            finished.addAll(tracker.update(time(n), List.of()).finished());
        }
        assertThat(finished).extracting(FinishedTrack::id).containsExactly(1L);
    }

    @Test
    void speedDirectionAndPathOfAFinishedTrack() {
        Tracker tracker = new Tracker(CONFIG);
        // upwards at 0.02 a frame = 0.1 a second, for 2 s
        for (int n = 0; n <= 10; n++) {
            TrackUpdate u = tracker.update(time(n), List.of(person(0.5, 0.8 - 0.02 * n, 0.9)));
            if (n == 10) {
                assertThat(u.tracks().get(0).speed()).isCloseTo(0.1, within(1e-9));
                assertThat(u.tracks().get(0).directionDegrees()).isCloseTo(0, within(1e-6));
            }
        }
        List<FinishedTrack> finished = tracker.flush();
        assertThat(finished).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("person");
            assertThat(f.firstSeen()).isEqualTo(time(0));
            assertThat(f.lastSeen()).isEqualTo(time(10));
            assertThat(f.path()).hasSize(11);
            assertThat(f.path().get(0).point().y()).isCloseTo(0.8, within(1e-9));
            assertThat(f.meanSpeed()).isCloseTo(0.1, within(1e-9));
            assertThat(f.directionDegrees()).isCloseTo(0, within(1e-6));
        });
    }

    @Test
    void bestViewIsTheLargestConfidentBoxClearOfTheEdge() {
        Tracker tracker = new Tracker(CONFIG);
        List<List<Long>> newBest = new ArrayList<>();
        Box[] boxes = {new Box(0.02, 0.4, 0.05, 0.1), new Box(0.02, 0.4, 0.08, 0.16), new Box(0.02, 0.4, 0.06, 0.12),
            new Box(0.005, 0.4, 0.1, 0.2)};
        for (int n = 0; n < boxes.length; n++) {
            newBest.add(tracker.update(time(n), List.of(Observation.detection(boxes[n], "person", 0.8))).newBest());
        }
        // the fourth is larger still but cut by the left edge: half its score is below the second's
        assertThat(newBest).containsExactly(List.of(1L), List.of(1L), List.of(), List.of());
        assertThat(tracker.flush().get(0).bestBox()).isEqualTo(boxes[1]);
    }

    @Test
    void blobsOfADetectedObjectAreNotASecondTrackAndDetectorLabelsWin() {
        Tracker tracker = new Tracker(CONFIG);
        for (int n = 0; n < 6; n++) {
            Observation shadowed = Observation.motion(new Box(0.39, 0.3, 0.07, 0.22));
            List<Observation> seen = n % 2 == 0 ? List.of(person(0.4, 0.5, 0.7), shadowed) : List.of(shadowed);
            assertThat(tracker.update(time(n), seen).tracks()).singleElement()
                    .satisfies(t -> assertThat(t.label()).isEqualTo("person"));
        }
    }

    @Test
    void detectionsNeverJoinATrackOfAnotherClass() {
        Tracker tracker = new Tracker(CONFIG);
        tracker.update(time(0), List.of(person(0.4, 0.5, 0.9)));
        TrackUpdate u = tracker.update(time(1), List.of(Observation.detection(new Box(0.4, 0.35, 0.05, 0.15), "dog",
                0.9)));
        assertThat(u.tracks()).extracting(TrackedObject::label).containsExactly("person", "dog");
    }

    @Test
    void withoutMotionTracksBlobsOnlyFeedExistingTracks() {
        Tracker tracker = new Tracker(new TrackerConfig(0.1, 1.5, 5, 3, 0.5, 1000, false));
        assertThat(tracker.update(time(0), List.of(blob(0.1, 0.5))).tracks()).isEmpty();
        tracker.update(time(1), List.of(person(0.5, 0.5, 0.9)));
        TrackUpdate u = tracker.update(time(2), List.of(blob(0.51, 0.5)));
        assertThat(u.tracks()).singleElement().satisfies(t -> {
            assertThat(t.hits()).isEqualTo(2);
            assertThat(t.missedFrames()).isZero();
        });
    }

    @Test
    void clockSteppingBackEndsEveryTrack() {
        Tracker tracker = new Tracker(CONFIG);
        for (int n = 0; n < 4; n++) {
            tracker.update(time(n), List.of(blob(0.1, 0.5)));
        }
        TrackUpdate u = tracker.update(time(1), List.of(blob(0.1, 0.5)));
        assertThat(u.finished()).extracting(FinishedTrack::id).containsExactly(1L);
        assertThat(u.tracks()).extracting(TrackedObject::id).containsExactly(2L);
    }

    @Test
    void longPathsAreThinnedButKeepTheirEnds() {
        Tracker tracker = new Tracker(new TrackerConfig(0.1, 1.5, 5, 3, 0.5, 10, true));
        for (int n = 0; n < 40; n++) {
            tracker.update(time(n), List.of(blob(0.1 + 0.001 * n, 0.5)));
        }
        FinishedTrack f = tracker.flush().get(0);
        assertThat(f.path()).hasSizeLessThanOrEqualTo(10);
        assertThat(f.path().get(0).time()).isEqualTo(time(0));
        assertThat(f.path().get(f.path().size() - 1).time()).isEqualTo(time(39));
    }
}
