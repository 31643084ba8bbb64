package org.xueliang.analytics.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one channel. Immutable list of stateful rules: {@link #replace} builds the next
 * set, keeping the very rule objects (and so their state) whose configuration did not change.
 */
public final class RuleSet {
    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param channelId for error messages
     * @param configs   the rules; ids must be unique
     * @return fresh rules
     * @throws InvalidRuleException when a rule cannot be used or an id repeats
     */
    public static RuleSet of(String channelId, List<? extends RuleConfig> configs) {
        return new RuleSet(build(channelId, configs, Map.of()));
    }

    /** @return an empty set */
    public static RuleSet empty() {
        return new RuleSet(List.of());
    }

    /**
     * @param channelId for error messages
     * @param configs   the next rules; ids must be unique
     * @return the next set; rules whose configuration is unchanged keep their state
     * @throws InvalidRuleException when a rule cannot be used; this set is unchanged
     */
    public RuleSet replace(String channelId, List<? extends RuleConfig> configs) {
        Map<RuleConfig, Rule> current = new HashMap<>();
        for (Rule r : rules) {
            current.put(r.config(), r);
        }
        return new RuleSet(build(channelId, configs, current));
    }

    /** @return the rules' configurations, in order */
    public List<RuleConfig> configs() {
        return rules.stream().map(Rule::config).toList();
    }

    /** @return whether no rule is configured */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** @return whether any rule needs the given kind of configuration, e.g. to switch costly inputs on */
    public boolean any(Class<? extends RuleConfig> type) {
        return rules.stream().anyMatch(r -> type.isInstance(r.config()));
    }

    /** @return every firing of every rule on this frame, in rule order */
    public List<RuleFiring> evaluate(Scene scene) {
        List<RuleFiring> firings = new ArrayList<>(0);
        for (Rule r : rules) {
            firings.addAll(r.evaluate(scene));
        }
        return firings;
    }

    private static List<Rule> build(String channelId, List<? extends RuleConfig> configs, Map<RuleConfig, Rule> keep) {
        Set<String> ids = new HashSet<>();
        List<Rule> built = new ArrayList<>(configs.size());
        for (RuleConfig c : configs) {
            Rule rule = keep.containsKey(c) ? keep.get(c) : RuleFactory.build(c);
            if (!ids.add(c.id())) {
                throw new InvalidRuleException("channel " + channelId + ": rule id '" + c.id()
                        + "' appears more than once");
            }
            built.add(rule);
        }
        return built;
    }
}
