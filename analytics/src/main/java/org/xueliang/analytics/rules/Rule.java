package org.xueliang.analytics.rules;

import java.util.List;

/**
 * One configured rule with its state. Implementations are pure and not thread-safe: one instance
 * per channel, fed every frame in capture order, armed or not, so that their per-track state
 * stays right while the schedule keeps them silent.
 */
public interface Rule {

    /** @return the configuration the rule was built from */
    RuleConfig config();

    /**
     * @param scene the frame's tracks, motion and static changes
     * @return what fired on this frame; usually nothing
     */
    List<RuleFiring> evaluate(Scene scene);
}
