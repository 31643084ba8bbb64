package org.xueliang.alerts.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A2;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_B1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.COUNTY;
import static org.xueliang.alerts.jurisdiction.TwoTownships.GRID_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.GRID_B;
import static org.xueliang.alerts.jurisdiction.TwoTownships.SITE_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.VILLAGE_A;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;

/** Jurisdictions, sites and assignments behave the same on H2 and PostgreSQL, and the directory follows every change. */
class JurisdictionRegistryContractTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T08:00:00Z"), ZoneOffset.UTC);

    private static JurisdictionRegistry registry(TestDatabase db) {
        JurisdictionRegistry registry = new JurisdictionRegistry(
                new JurisdictionStore(db.database().dataSource(), CLOCK), new SiteStore(db.database().dataSource(), CLOCK));
        registry.directory().refresh();
        return registry;
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void storesTheTreeAndTheDirectoryFollows(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            JurisdictionRegistry registry = registry(db);
            TwoTownships.seed(registry);

            assertThat(registry.list()).containsExactlyInAnyOrderElementsOf(TwoTownships.jurisdictions());
            assertThat(registry.get(TOWNSHIP_A)).isEqualTo(TwoTownships.jurisdictions().get(1));
            assertThat(registry.sites()).containsExactly(TwoTownships.site());
            JurisdictionTree tree = registry.directory().tree();
            assertThat(tree.jurisdictions()).isEqualTo(TwoTownships.tree().jurisdictions());
            assertThat(tree.channelsWithin(TOWNSHIP_A)).containsExactlyInAnyOrder(CAM_A1, CAM_A2);
            assertThat(registry.assignment(CAM_A2)).isEqualTo(Assignment.toSite(CAM_A2, SITE_A));
            assertThatThrownBy(() -> registry.get("nope")).isInstanceOf(JurisdictionNotFoundException.class)
                    .hasMessage("jurisdiction \"nope\" does not exist");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void refusesWhatDoesNotFitTheTree(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            JurisdictionRegistry registry = registry(db);
            TwoTownships.seed(registry);

            assertThatThrownBy(() -> registry.create(new Jurisdiction(COUNTY, "x", JurisdictionLevel.COUNTY, null)))
                    .isInstanceOf(DuplicateJurisdictionException.class).hasMessage("jurisdiction \"341122\" already exists");
            assertThatThrownBy(() -> registry.create(new Jurisdiction("g2", "x", JurisdictionLevel.GRID, "nope")))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("parent", "jurisdiction \"nope\" does not exist")));
            assertThatThrownBy(() -> registry.replace(new Jurisdiction(VILLAGE_A, "x", JurisdictionLevel.GRID, TOWNSHIP_A)))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("level", "cannot be grid: child \"" + GRID_A + "\" is a grid")));
            assertThatThrownBy(() -> registry.replace(new Jurisdiction("nope", "x", JurisdictionLevel.COUNTY, null)))
                    .isInstanceOf(JurisdictionNotFoundException.class);
            assertThatThrownBy(() -> registry.assign(Assignment.toGrid("cam-9", VILLAGE_A)))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("grid", "\"" + VILLAGE_A + "\" is a village, not a grid")));
            assertThatThrownBy(() -> registry.assign(Assignment.toSite("cam-9", "nope")))
                    .isInstanceOfSatisfying(InvalidJurisdictionException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("site", "site \"nope\" does not exist")));
            assertThatThrownBy(() -> registry.createSite(new Site("s2", "x", 2, "nope", List.of())))
                    .isInstanceOf(InvalidJurisdictionException.class).hasMessage(
                            "invalid site: jurisdiction: jurisdiction \"nope\" does not exist");
            assertThatThrownBy(() -> registry.createSite(TwoTownships.site()))
                    .isInstanceOf(DuplicateSiteException.class).hasMessage("site \"school-a\" already exists");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void deletesOnlyWhatNothingUses(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            JurisdictionRegistry registry = registry(db);
            TwoTownships.seed(registry);

            assertThatThrownBy(() -> registry.delete(COUNTY)).isInstanceOf(JurisdictionInUseException.class)
                    .hasMessage("jurisdiction \"341122\" is still used by 2 children");
            assertThatThrownBy(() -> registry.delete(VILLAGE_A)).isInstanceOf(JurisdictionInUseException.class)
                    .hasMessage("jurisdiction \"341122100201\" is still used by 1 child, 1 site");
            assertThatThrownBy(() -> registry.delete(GRID_B)).isInstanceOf(JurisdictionInUseException.class)
                    .hasMessage("jurisdiction \"" + GRID_B + "\" is still used by 1 channel");

            registry.unassign(CAM_B1);
            registry.delete(GRID_B);

            assertThat(registry.directory().tree().jurisdiction(GRID_B)).isEmpty();
            assertThat(registry.directory().tree().channelsWithin(COUNTY)).containsExactlyInAnyOrder(CAM_A1, CAM_A2);
            assertThatThrownBy(() -> registry.unassign(CAM_B1)).isInstanceOf(AssignmentNotFoundException.class)
                    .hasMessage("channel \"cam-b1\" belongs to no site or grid");
            assertThatThrownBy(() -> registry.delete(GRID_B)).isInstanceOf(JurisdictionNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aSiteTakesItsChannelsFromWhereverTheyWere(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            JurisdictionRegistry registry = registry(db);
            TwoTownships.seed(registry);

            registry.replaceSite(new Site(SITE_A, "邵郢小学", 2, VILLAGE_A, List.of(CAM_A1, "cam-a3")));

            assertThat(registry.site(SITE_A)).isEqualTo(new Site(SITE_A, "邵郢小学", 2, VILLAGE_A, List.of(CAM_A1, "cam-a3")));
            // cam-a2 left the site and belongs nowhere now; cam-a1 left its grid
            assertThatThrownBy(() -> registry.assignment(CAM_A2)).isInstanceOf(AssignmentNotFoundException.class);
            assertThat(registry.assignment(CAM_A1)).isEqualTo(Assignment.toSite(CAM_A1, SITE_A));
            assertThat(registry.directory().tree().siteLevelOfChannel(CAM_A1)).contains(2);

            registry.deleteSite(SITE_A);

            assertThat(registry.sites()).isEmpty();
            assertThat(registry.directory().tree().channelsWithin(COUNTY)).containsExactly(CAM_B1);
            assertThatThrownBy(() -> registry.site(SITE_A)).isInstanceOf(SiteNotFoundException.class)
                    .hasMessage("site \"school-a\" does not exist");
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void importsAcceptedRowsInOneGoAndReportsTheOthers(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            JurisdictionRegistry registry = registry(db);
            TwoTownships.seed(registry);

            ImportReport report = registry.importRows(ImportRows.fromCsv("""
                    code,name,level,parent
                    341122102,张山镇,township,341122
                    341122102201,张山村,village,341122102
                    341122100,新安镇（改）,township,341122
                    341122103,,township,341122
                    """));

            assertThat(report).isEqualTo(new ImportReport(2, 1,
                    List.of(new RejectedRow(5, "name", "is required"))));
            assertThat(registry.get("341122102201").parent()).isEqualTo("341122102");
            assertThat(registry.get(TOWNSHIP_A).name()).isEqualTo("新安镇（改）");
            assertThat(registry.directory().tree().subtree("341122102")).containsExactlyInAnyOrder("341122102",
                    "341122102201");
        }
    }
}
