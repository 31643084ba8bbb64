package org.xueliang.alerts.jurisdiction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels of the administrative tree, from the top. Townships include streets (街道) and
 * villages include urban communities (社区): they sit at the same level.
 */
public enum JurisdictionLevel {
    /** County or district (县/区). */
    COUNTY,
    /** Township, town or street (乡/镇/街道). */
    TOWNSHIP,
    /** Village or community (村/社区). */
    VILLAGE,
    /** Grid (网格), the smallest unit, looked after by grid workers. */
    GRID;

    /** The names the API uses, top first. */
    public static final List<String> NAMES = Arrays.stream(values()).map(JurisdictionLevel::wireName).toList();

    /** The name in the API: {@code county}, {@code township}, {@code village}, {@code grid}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level of an API name, in any case. */
    public static Optional<JurisdictionLevel> parse(String text) {
        return Arrays.stream(values()).filter(level -> level.wireName().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** Whether this level is higher in the tree (nearer the county) than {@code other}. */
    public boolean above(JurisdictionLevel other) {
        return ordinal() < other.ordinal();
    }
}
