package org.xueliang.alerts.channels;

import java.util.List;
import org.xueliang.analytics.quality.QualityCheck;

/**
 * A channel's video-quality diagnosis, as the health API shows it.
 *
 * @param score   health score 0..100: 100 minus the penalties of the failing checks
 * @param failing the checks failing now, most severe first
 */
public record VideoQuality(int score, List<QualityCheck> failing) {
    public VideoQuality {
        failing = failing.stream().sorted().toList();
    }
}
