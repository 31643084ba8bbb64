package org.xueliang.alerts.jurisdiction;

import java.util.List;
import java.util.Optional;

/** Nodes of a jurisdiction tree by code, as the placement rules need them. */
public interface JurisdictionLookup {
    /** The node with this code; empty for null or an unknown code. */
    Optional<Jurisdiction> jurisdiction(String code);

    /** The direct children of a node. */
    List<Jurisdiction> children(String code);
}
