package org.xueliang.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.Clips;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.quality.opencv.OpenCvQualityProbe;

/**
 * Each video-quality check on a clip made from the real footage with the ffmpeg CLI: 20 s of
 * {@code vtest.avi}, clean for 8 s (the baseline takes the samples at 0, 2, 4 and 6 s), then
 * the fault. With samples every 2 s and 6 s of persistence the fault is reported at 14 s; a
 * frozen picture at 16 s, since it takes two identical samples (8 and 10 s) to see it. The
 * clean clip raises nothing, and each faulty clip raises its own check and no other.
 */
class QualityClipsTest {
    private static final Logger LOG = LoggerFactory.getLogger(QualityClipsTest.class);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "clean    | null                                                                       |              | 0",
        "blurred  | boxblur=10:enable='gte(t,8)'                                               | BLUR         | 14",
        "darkened | eq=brightness=-0.6:enable='gte(t,8)'                                       | TOO_DARK     | 14",
        "frozen   | loop=loop=120:size=1:start=80,setpts=N/10/TB                               | FROZEN       | 16",
        "covered  | drawbox=x=0:y=0:w=iw:h=ih*0.8:color=0x303030:t=fill:enable='gte(t,8)'      | OCCLUSION    | 14",
        "shifted  | crop=w=iw*0.8:h=ih*0.8:x='if(gte(t,8),iw*0.2,0)':y='if(gte(t,8),ih*0.2,0)' | SCENE_CHANGE | 14",
        "colour   | colorbalance=rs=0.3:gs=-0.1:bs=-0.2:rm=0.3:gm=-0.1:bm=-0.2:enable='gte(t,8)' | COLOUR_CAST  | 14",
        "noisy    | noise=alls=60:allf=t+u:enable='gte(t,8)'                                   | NOISE        | 14",
    })
    void eachCheckFiresOnItsClipAndOnlyThere(String name, String filter, String expected, int reportedAt)
            throws Exception {
        Path clip = Clips.make("quality-" + name, 20, filter);
        List<QualityFinding> findings = new ArrayList<>();
        try (QualityMonitor monitor = new QualityMonitor(QualityConfig.defaults(), new OpenCvQualityProbe())) {
            Footage.play(clip, 20, 1, frame -> findings.addAll(monitor.offer(frame)));
            LOG.info("{}: findings {}, last sample {}", name, findings, monitor.lastMetrics().orElse(null));
        }
        if (expected == null) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(QualityCheck.valueOf(expected));
            assertThat(Duration.between(Footage.START, f.time())).isEqualTo(Duration.ofSeconds(reportedAt));
            assertThat(f.healthScore()).isEqualTo(100 - f.check().penalty());
        });
    }
}
