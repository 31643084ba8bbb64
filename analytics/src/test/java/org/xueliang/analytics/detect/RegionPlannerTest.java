package org.xueliang.analytics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;

class RegionPlannerTest {
    private static final double ASPECT = 4 / 3.0;

    @Test
    void eachBoxIsPaddedAndGrownToTheMinimumSide() {
        RegionPlanner planner = new RegionPlanner(new GatingConfig(true, 0.5, 0.25, 6, true));
        List<Box> regions = planner.plan(List.of(new Box(0.40, 0.40, 0.02, 0.10)), ASPECT);
        assertThat(regions).singleElement().satisfies(r -> {
            // padded to 0.04 x 0.20, then grown around its centre to 0.25 / (4/3) wide and 0.25 tall
            assertThat(r.width()).isCloseTo(0.1875, within(1e-9));
            assertThat(r.height()).isCloseTo(0.25, within(1e-9));
            assertThat(r.x() + r.width() / 2).isCloseTo(0.41, within(1e-9));
            assertThat(r.y() + r.height() / 2).isCloseTo(0.45, within(1e-9));
        });
    }

    @Test
    void regionsAtTheEdgeAreShiftedInsideKeepingTheirSize() {
        RegionPlanner planner = new RegionPlanner(new GatingConfig(true, 0, 0.3, 6, true));
        Box r = planner.plan(List.of(new Box(0.95, 0.0, 0.05, 0.1)), ASPECT).get(0);
        assertThat(r.x() + r.width()).isCloseTo(1, within(1e-9));
        assertThat(r.y()).isZero();
        assertThat(r.height()).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void overlappingRegionsMergeAndSeparateOnesStaySeparate() {
        RegionPlanner planner = new RegionPlanner(new GatingConfig(true, 0, 0, 6, true));
        List<Box> regions = planner.plan(List.of(new Box(0.1, 0.1, 0.1, 0.1), new Box(0.15, 0.15, 0.1, 0.1),
                new Box(0.7, 0.7, 0.1, 0.1)), ASPECT);
        assertThat(regions).hasSize(2);
        assertThat(regions.get(0).x()).isCloseTo(0.1, within(1e-9));
        assertThat(regions.get(0).width()).isCloseTo(0.15, within(1e-9));
        assertThat(close(regions.get(1), new Box(0.7, 0.7, 0.1, 0.1))).isZero();
    }

    /** @return 0 when the boxes agree within rounding, for use as a comparator */
    static int close(Box a, Box b) {
        double d = Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y()) + Math.abs(a.width() - b.width())
                + Math.abs(a.height() - b.height());
        return d < 1e-9 ? 0 : 1;
    }

    @Test
    void mergingIsRepeatedUntilNoRegionsOverlap() {
        // a and c do not overlap, but the union of a and b overlaps c
        RegionPlanner planner = new RegionPlanner(new GatingConfig(true, 0, 0, 6, true));
        List<Box> regions = planner.plan(List.of(new Box(0.1, 0.1, 0.1, 0.1), new Box(0.15, 0.15, 0.1, 0.2),
                new Box(0.1, 0.32, 0.05, 0.05)), ASPECT);
        assertThat(regions).singleElement().satisfies(r -> assertThat(r.y() + r.height()).isCloseTo(0.37, within(1e-9)));
    }

    @Test
    void tooManyRegionsBecomeOneAndMostOfTheFrameBecomesTheWholeFrame() {
        RegionPlanner twoAtMost = new RegionPlanner(new GatingConfig(true, 0, 0, 2, true));
        List<Box> three = List.of(new Box(0.1, 0.1, 0.05, 0.05), new Box(0.5, 0.1, 0.05, 0.05),
                new Box(0.1, 0.5, 0.05, 0.05));
        assertThat(twoAtMost.plan(three, ASPECT)).usingElementComparator(RegionPlannerTest::close)
                .containsExactly(new Box(0.1, 0.1, 0.45, 0.45));
        RegionPlanner planner = new RegionPlanner(new GatingConfig(true, 0, 0, 6, true));
        assertThat(planner.plan(List.of(new Box(0.0, 0.0, 0.9, 0.9)), ASPECT)).containsExactly(ObjectDetector.WHOLE_FRAME);
        assertThat(planner.plan(List.of(), ASPECT)).isEmpty();
    }
}
