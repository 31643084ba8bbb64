package org.xueliang.analytics.detect;

import org.xueliang.analytics.Box;

/**
 * One object a detector found.
 *
 * @param label      class label, for example {@code person}
 * @param confidence 0..1
 * @param box        normalised box in the whole frame
 */
public record Detection(String label, double confidence, Box box) {
    public Detection {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("detection label must not be blank, got '" + label + "'");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("detection confidence must be in 0..1, got " + confidence);
        }
    }
}
