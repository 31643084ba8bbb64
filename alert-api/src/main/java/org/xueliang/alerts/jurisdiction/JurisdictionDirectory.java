package org.xueliang.alerts.jurisdiction;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The current {@link JurisdictionTree}, kept in memory and replaced after every change made
 * through {@link JurisdictionRegistry}. Reading it never blocks, so event loops and store
 * threads may ask it per message.
 */
public final class JurisdictionDirectory {
    private final Supplier<JurisdictionTree> loader;
    private volatile JurisdictionTree tree = JurisdictionTree.empty();

    /** @param loader reads the tree from the store; blocking */
    public JurisdictionDirectory(Supplier<JurisdictionTree> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** A directory of a fixed tree, for tests and tools. */
    public static JurisdictionDirectory of(JurisdictionTree tree) {
        JurisdictionDirectory directory = new JurisdictionDirectory(() -> tree);
        directory.refresh();
        return directory;
    }

    /** Reads the tree again from the store. Blocking: call it on a store thread or at start-up. */
    public JurisdictionTree refresh() {
        JurisdictionTree loaded = loader.get();
        tree = loaded;
        return loaded;
    }

    /** The tree as of the last refresh. */
    public JurisdictionTree tree() {
        return tree;
    }
}
