package org.xueliang.alerts.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportPlanTest {
    private static final String HEADER = "code,name,level,parent\n";

    private static ImportPlan plan(String csv, JurisdictionTree tree) {
        return ImportPlan.of(ImportRows.fromCsv(csv), tree);
    }

    @Test
    void acceptsRowsInAnyOrderAndSavesParentsFirst() {
        ImportPlan plan = plan(HEADER
                + "341122100201-g1,一网格,grid,341122100201\n"
                + "341122100201,邵郢村,village,341122100\n"
                + "341122,来安县,county,\n"
                + "341122100,新安镇,TOWNSHIP,341122\n", JurisdictionTree.empty());

        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.existing()).isEmpty();
        assertThat(plan.accepted()).extracting(Jurisdiction::code)
                .containsExactly("341122", "341122100", "341122100201", "341122100201-g1");
        assertThat(plan.accepted().get(1)).isEqualTo(
                new Jurisdiction("341122100", "新安镇", JurisdictionLevel.TOWNSHIP, "341122"));
    }

    static Stream<Arguments> rejectedRows() {
        return Stream.of(
                bad("341122101,半塔镇,township,\n", 2, "parent", "is required for a township"),
                bad("341122102,x,township,999\n", 2, "parent", "jurisdiction \"999\" does not exist"),
                bad("341123,滁州,county,341122\n", 2, "parent", "must be empty for a county, got \"341122\""),
                bad("341122103,x,township,341122100\n", 2, "parent",
                        "must be above township in the tree, got \"341122100\", a township"),
                bad("341122104,x,city,341122\n", 2, "level", "must be one of county, township, village, grid, got \"city\""),
                bad("341122105,x,,341122\n", 2, "level", "is required, one of county, township, village, grid"),
                bad("bad code!,x,township,341122\n", 2, "code",
                        "must be 1 to 32 letters, digits, '_' or '-', starting with a letter or digit, got \"bad code!\""),
                bad(",x,township,341122\n", 2, "code", "is required"),
                bad("341122106,,township,341122\n", 2, "name", "is required"),
                bad("341122107," + "名".repeat(101) + ",township,341122\n", 2, "name",
                        "must be at most 100 characters, got 101"),
                bad("341122108,x,township\n", 2, "", "has 3 fields, the header has 4"),
                bad("341122109,x,township,341122\n341122109,y,township,341122\n", 3, "code",
                        "duplicate of row 2 \"341122109\""),
                bad("341122110,x,township,341122\n341122100,新安镇,grid,341122\n", 3, "level",
                        "cannot be grid: child \"341122100201\" is a village"));
    }

    private static Arguments bad(String rows, int row, String field, String message) {
        return Arguments.of(rows, new RejectedRow(row, field, message));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("rejectedRows")
    void rejectsARowWithItsNumberFieldAndMessage(String rows, RejectedRow expected) {
        ImportPlan plan = plan(HEADER + rows, TwoTownships.tree());
        assertThat(plan.rejected()).containsExactly(expected);
    }

    @Test
    void replacesExistingNodesAndReportsChildrenOfARejectedRow() {
        ImportPlan plan = plan(HEADER
                + "341122100,新安镇（新）,township,341122\n"
                + "341122199,,township,341122\n"
                + "341122199201,村,village,341122199\n", TwoTownships.tree());

        assertThat(plan.accepted()).containsExactly(
                new Jurisdiction("341122100", "新安镇（新）", JurisdictionLevel.TOWNSHIP, "341122"));
        assertThat(plan.existing()).containsExactly("341122100");
        assertThat(plan.rejected()).containsExactly(new RejectedRow(3, "name", "is required"),
                new RejectedRow(4, "parent", "jurisdiction \"341122199\" does not exist (its own row was rejected)"));
    }

    @Test
    void readsJsonRowsNumberedFromOne() throws Exception {
        String json = """
                [{"code": "341122", "name": "来安县", "level": "county"},
                 {"code": "341122100", "name": "新安镇", "level": "township", "parent": "341122", "area": 5},
                 "341122101",
                 {"code": 341122102, "name": "x", "level": "township", "parent": "341122"}]
                """;
        ImportPlan plan = ImportPlan.of(ImportRows.fromJson(new ObjectMapper().readTree(json)), JurisdictionTree.empty());

        assertThat(plan.accepted()).extracting(Jurisdiction::code).containsExactly("341122");
        assertThat(plan.rejected()).containsExactly(
                new RejectedRow(2, "area", "unknown key, allowed: code, name, level, parent"),
                new RejectedRow(3, "", "must be an object with keys code, name, level, parent, got \"341122101\""),
                new RejectedRow(4, "code", "must be a string, got 341122102"));
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("", "the CSV is empty: expected a header row such as code,name,level,parent"),
                Arguments.of("code,name,level,area\n", "header: unknown column \"area\", allowed: code, name, level, parent"),
                Arguments.of("code,name\n", "header: column \"level\" is missing; columns are code, name, level, parent"
                        + " (parent may be left out)"),
                Arguments.of("code,name,level,Code\n", "header: column \"code\" appears twice"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unreadable")
    void refusesABodyItCannotRead(String csv, String message) {
        assertThatThrownBy(() -> ImportRows.fromCsv(csv)).isInstanceOf(InvalidImportException.class).hasMessage(message);
    }

    @Test
    void aHeaderWithoutParentTakesCountiesAndColumnsInAnyOrder() {
        ImportPlan plan = plan("level,name,code\ncounty,来安县,341122\n", JurisdictionTree.empty());
        assertThat(plan.accepted()).containsExactly(new Jurisdiction("341122", "来安县", JurisdictionLevel.COUNTY, null));
    }

    @Test
    void aJsonBodyMustBeAList() throws Exception {
        assertThatThrownBy(() -> ImportRows.fromJson(new ObjectMapper().readTree("{\"code\":\"1\"}")))
                .isInstanceOf(InvalidImportException.class)
                .hasMessage("the JSON body must be a list of objects with keys code, name, level, parent, got an object");
        assertThat(ImportRows.fromJson(new ObjectMapper().readTree("[]")).rows()).isEmpty();
    }
}
