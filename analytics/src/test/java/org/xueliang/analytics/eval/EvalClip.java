package org.xueliang.analytics.eval;

import java.util.List;
import org.xueliang.analytics.rules.RuleConfig;

/**
 * One clip of the evaluation set and the rules watched on it.
 *
 * @param name      clip name, used in the label files
 * @param labelled  true for clips with labelled events; false for distractors, where every
 *                  event is false
 * @param seconds   how much of the clip is analysed
 * @param source    the footage file name under {@code samples/footage/} for real footage, or
 *                  null for a clip generated from {@code inputs} and {@code graph}
 * @param inputs    extra ffmpeg input arguments after the background picture (for example a
 *                  lavfi colour source); empty for none
 * @param graph     ffmpeg filter graph from {@code [0]} (the background looped at 10 fps) and
 *                  any extra inputs to {@code [v]}; null for real footage
 * @param rules     the rules run on the clip
 */
public record EvalClip(String name, boolean labelled, double seconds, String source, List<String> inputs,
        String graph, List<RuleConfig> rules) {
    public EvalClip {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
    }

    /** @return whether the clip is made at evaluation time rather than read from the repository */
    public boolean generated() {
        return source == null;
    }
}
