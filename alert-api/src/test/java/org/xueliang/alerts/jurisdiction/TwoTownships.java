package org.xueliang.alerts.jurisdiction;

import java.util.List;

/**
 * A county with two townships, as the tests of scopes and escalation need it:
 * <pre>
 * 341122 county
 * +-- 341122100 township A -- 341122100201 village A -- 341122100201-g1 grid A1: cam-a1
 * |                                                 \-- site school-a (level 1): cam-a2
 * \-- 341122101 township B -- 341122101201 village B -- 341122101201-g1 grid B1: cam-b1
 * </pre>
 * cam-x belongs nowhere.
 */
public final class TwoTownships {
    public static final String COUNTY = "341122";
    public static final String TOWNSHIP_A = "341122100";
    public static final String VILLAGE_A = "341122100201";
    public static final String GRID_A = "341122100201-g1";
    public static final String TOWNSHIP_B = "341122101";
    public static final String VILLAGE_B = "341122101201";
    public static final String GRID_B = "341122101201-g1";
    public static final String SITE_A = "school-a";
    public static final String CAM_A1 = "cam-a1";
    public static final String CAM_A2 = "cam-a2";
    public static final String CAM_B1 = "cam-b1";
    public static final String CAM_NOWHERE = "cam-x";

    private TwoTownships() {
    }

    public static List<Jurisdiction> jurisdictions() {
        return List.of(
                new Jurisdiction(COUNTY, "来安县", JurisdictionLevel.COUNTY, null),
                new Jurisdiction(TOWNSHIP_A, "新安镇", JurisdictionLevel.TOWNSHIP, COUNTY),
                new Jurisdiction(VILLAGE_A, "邵郢村", JurisdictionLevel.VILLAGE, TOWNSHIP_A),
                new Jurisdiction(GRID_A, "邵郢村一网格", JurisdictionLevel.GRID, VILLAGE_A),
                new Jurisdiction(TOWNSHIP_B, "半塔镇", JurisdictionLevel.TOWNSHIP, COUNTY),
                new Jurisdiction(VILLAGE_B, "罗庄村", JurisdictionLevel.VILLAGE, TOWNSHIP_B),
                new Jurisdiction(GRID_B, "罗庄村一网格", JurisdictionLevel.GRID, VILLAGE_B));
    }

    /** The tree as a snapshot, without a database. */
    public static JurisdictionTree tree() {
        return new JurisdictionTree(jurisdictions(), List.of(site()), List.of(
                Assignment.toGrid(CAM_A1, GRID_A), Assignment.toSite(CAM_A2, SITE_A), Assignment.toGrid(CAM_B1, GRID_B)));
    }

    public static Site site() {
        return new Site(SITE_A, "邵郢小学", 1, VILLAGE_A, List.of(CAM_A2));
    }

    /** Saves the tree through the registry, as an administrator would. */
    public static void seed(JurisdictionRegistry registry) {
        jurisdictions().forEach(registry::create);
        registry.createSite(site());
        registry.assign(Assignment.toGrid(CAM_A1, GRID_A));
        registry.assign(Assignment.toGrid(CAM_B1, GRID_B));
    }
}
