package org.xueliang.alerts.jurisdiction;

import java.util.Objects;

/**
 * A node of the administrative tree.
 *
 * @param code   its code: the civil code (行政区划代码) where there is one, any code for grids
 * @param name   for people
 * @param level  where it sits in the tree
 * @param parent the code of the node above, null for a county
 */
public record Jurisdiction(String code, String name, JurisdictionLevel level, String parent) {
    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
