package org.xueliang.alerts.jurisdiction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An immutable snapshot of the jurisdictions, key sites and channel assignments, answering the
 * questions of access control, triage and escalation without a database round trip.
 */
public final class JurisdictionTree implements JurisdictionLookup {
    private final Map<String, Jurisdiction> jurisdictions;
    private final Map<String, Site> sites;
    private final Map<String, Assignment> assignments;
    private final Map<String, List<Jurisdiction>> children;

    public JurisdictionTree(Collection<Jurisdiction> jurisdictions, Collection<Site> sites,
                            Collection<Assignment> assignments) {
        this.jurisdictions = Map.copyOf(index(jurisdictions, Jurisdiction::code));
        this.sites = Map.copyOf(index(sites, Site::code));
        this.assignments = Map.copyOf(index(assignments, Assignment::channelId));
        this.children = jurisdictions.stream().filter(j -> j.parent() != null)
                .collect(Collectors.groupingBy(Jurisdiction::parent));
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    /** A tree with nothing in it. */
    public static JurisdictionTree empty() {
        return new JurisdictionTree(List.of(), List.of(), List.of());
    }

    @Override
    public Optional<Jurisdiction> jurisdiction(String code) {
        return Optional.ofNullable(code == null ? null : jurisdictions.get(code));
    }

    public Optional<Site> site(String code) {
        return Optional.ofNullable(code == null ? null : sites.get(code));
    }

    public Optional<Assignment> assignment(String channelId) {
        return Optional.ofNullable(assignments.get(channelId));
    }

    @Override
    public List<Jurisdiction> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The parent's code of a node, empty at the top or for an unknown code. */
    public Optional<String> parentOf(String code) {
        return jurisdiction(code).map(Jurisdiction::parent);
    }

    /** The jurisdiction a channel belongs to: its grid, or the jurisdiction of its site. */
    public Optional<String> jurisdictionOfChannel(String channelId) {
        return assignment(channelId).flatMap(a -> a.grid() != null ? Optional.of(a.grid())
                : site(a.site()).map(Site::jurisdiction));
    }

    /** The level of the key site a channel watches, empty for a channel of a grid or of nothing. */
    public Optional<Integer> siteLevelOfChannel(String channelId) {
        return assignment(channelId).flatMap(a -> site(a.site())).map(Site::level);
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean within(String code, String ancestor) {
        for (String at = code; at != null; at = parentOf(at).orElse(null)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the channel belongs to {@code ancestor}'s subtree. */
    public boolean channelWithin(String channelId, String ancestor) {
        return jurisdictionOfChannel(channelId).map(code -> within(code, ancestor)).orElse(false);
    }

    /** Every code of {@code ancestor}'s subtree, itself included; empty for an unknown code. */
    public Set<String> subtree(String ancestor) {
        Set<String> codes = new HashSet<>();
        List<String> pending = new ArrayList<>();
        if (jurisdictions.containsKey(ancestor)) {
            pending.add(ancestor);
        }
        while (!pending.isEmpty()) {
            String code = pending.remove(pending.size() - 1);
            codes.add(code);
            children(code).forEach(child -> pending.add(child.code()));
        }
        return codes;
    }

    /** The channels that belong to {@code ancestor}'s subtree. */
    public Set<String> channelsWithin(String ancestor) {
        Set<String> codes = subtree(ancestor);
        return assignments.keySet().stream()
                .filter(channel -> jurisdictionOfChannel(channel).filter(codes::contains).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every jurisdiction, by code. */
    public Map<String, Jurisdiction> jurisdictions() {
        return jurisdictions;
    }
}
