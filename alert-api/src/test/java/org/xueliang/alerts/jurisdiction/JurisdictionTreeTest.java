package org.xueliang.alerts.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A2;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_B1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_NOWHERE;
import static org.xueliang.alerts.jurisdiction.TwoTownships.COUNTY;
import static org.xueliang.alerts.jurisdiction.TwoTownships.GRID_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_B;
import static org.xueliang.alerts.jurisdiction.TwoTownships.VILLAGE_A;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JurisdictionTreeTest {
    private final JurisdictionTree tree = TwoTownships.tree();

    @Test
    void aChannelBelongsToItsGridOrItsSitesJurisdiction() {
        assertThat(tree.jurisdictionOfChannel(CAM_A1)).contains(GRID_A);
        assertThat(tree.jurisdictionOfChannel(CAM_A2)).contains(VILLAGE_A);
        assertThat(tree.jurisdictionOfChannel(CAM_NOWHERE)).isEmpty();
        assertThat(tree.siteLevelOfChannel(CAM_A2)).contains(1);
        assertThat(tree.siteLevelOfChannel(CAM_A1)).isEmpty();
    }

    @Test
    void subtreesHoldTheirNodesAndChannels() {
        assertThat(tree.subtree(TOWNSHIP_A)).containsExactlyInAnyOrder(TOWNSHIP_A, VILLAGE_A, GRID_A);
        assertThat(tree.channelsWithin(TOWNSHIP_A)).containsExactlyInAnyOrder(CAM_A1, CAM_A2);
        assertThat(tree.channelsWithin(TOWNSHIP_B)).containsExactly(CAM_B1);
        assertThat(tree.channelsWithin(COUNTY)).containsExactlyInAnyOrder(CAM_A1, CAM_A2, CAM_B1);
        assertThat(tree.channelsWithin(GRID_A)).containsExactly(CAM_A1);
        assertThat(tree.channelsWithin("unknown")).isEmpty();
        assertThat(tree.channelWithin(CAM_A2, TOWNSHIP_A)).isTrue();
        assertThat(tree.channelWithin(CAM_B1, TOWNSHIP_A)).isFalse();
        assertThat(tree.channelWithin(CAM_NOWHERE, COUNTY)).isFalse();
    }

    @Test
    void parentsLeadToTheCounty() {
        assertThat(tree.parentOf(GRID_A)).contains(VILLAGE_A);
        assertThat(tree.parentOf(COUNTY)).isEqualTo(Optional.empty());
        assertThat(tree.within(GRID_A, COUNTY)).isTrue();
        assertThat(tree.within(COUNTY, GRID_A)).isFalse();
        assertThat(tree.children(COUNTY)).extracting(Jurisdiction::code).containsExactlyInAnyOrder(TOWNSHIP_A, TOWNSHIP_B);
    }
}
