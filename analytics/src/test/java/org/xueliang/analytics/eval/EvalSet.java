package org.xueliang.analytics.eval;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * The evaluation set: the real footage with hand labels, generated clips of a dark person-sized
 * box walking over a still frame of the footage (exact ground truth), and distractor clips of
 * the same still frame where nothing walks. The labels are in
 * {@code src/test/resources/org/xueliang/analytics/eval/}; their README explains the numbers.
 */
public final class EvalSet {
    /** Rule id of the line-crossing rule on every clip. */
    public static final String LINE = "line";
    /** Rule id of the zone-intrusion rule on every clip. */
    public static final String ZONE = "zone";
    /** Dwell of the zone rules: a label is the entry time plus this. */
    public static final Duration DWELL = Duration.ofMillis(500);

    private static final ArmingSchedule ALWAYS = ArmingSchedule.always();
    /** Footpath of vtest.avi: a line across it at x = 0.3, the path's west end as zone. */
    private static final List<RuleConfig> FOOTPATH = List.of(
            new LineCrossingConfig(LINE, new Point(0.3, 0.3), new Point(0.3, 0.6), CrossingDirection.B_TO_A,
                    Set.of(), ALWAYS, Duration.ZERO),
            new ZoneIntrusionConfig(ZONE, rect(0, 0.3, 0.3, 0.65), Set.of(), DWELL, ALWAYS, Duration.ZERO));
    /**
     * Generated clips: a line down the middle, the left 35% as zone. The line sits at 0.502 rather
     * than 0.5 because a track position that lands exactly on a line is not counted as crossing
     * it (see the README next to the labels): at 0.5 the 60 px/s walker's foot hits it exactly.
     */
    private static final List<RuleConfig> STAGE = List.of(
            new LineCrossingConfig(LINE, new Point(0.502, 0.3), new Point(0.502, 0.95), CrossingDirection.B_TO_A,
                    Set.of(), ALWAYS, Duration.ZERO),
            new ZoneIntrusionConfig(ZONE, rect(0, 0.3, 0.35, 0.95), Set.of(), DWELL, ALWAYS, Duration.ZERO));
    /** The walker: a dark 36x100 box whose top is at y = 300 of 480, entering from the right at 1 s. */
    private static final List<String> WALKER = List.of("-f", "lavfi", "-i", "color=c=0x282828:s=36x100:r=10");

    private EvalSet() {
    }

    /** @return every clip, labelled ones first */
    public static List<EvalClip> clips() {
        return List.of(
                new EvalClip("vtest", true, 26, "vtest.avi", List.of(), null, FOOTPATH),
                walker("walk-60px", 14, 60),
                walker("walk-100px", 10, 100),
                still("lighting", "eq=brightness='if(between(t,4,8),0.3,0)':eval=frame"),
                // a mounting that trembles by up to 2 px, one shaking by up to 6 px, one swinging by 18 px
                still("shake", "crop=632:472:'4+1.5*sin(9*t)+0.5*sin(23*t)':'4+1.5*sin(7*t)+0.5*sin(19*t)',scale=640:480"),
                still("shake-6px", "crop=624:468:'8+4*sin(9*t)+2*sin(23*t)':'8+3*sin(7*t)+2*sin(19*t)',scale=640:480"),
                still("shake-18px", "crop=600:450:'20+18*sin(9*t)':'15+12*sin(7*t)',scale=640:480"),
                still("noise", "noise=alls=40:allf=t+u"),
                new EvalClip("sway", false, 12, null,
                        List.of("-f", "lavfi", "-i", "color=c=gray:s=120x90:r=10"), "[1]geq=lum='128+100*sin((X+25*sin(3*T))/4)'"
                        + ":cb=128:cr=128[stripes];[0][stripes]overlay=x=10:y=370:shortest=1[v]", STAGE));
    }

    private static EvalClip walker(String name, int seconds, int pixelsPerSecond) {
        String graph = "[0][1]overlay=x='640-" + pixelsPerSecond + "*(t-1)':y=300:shortest=1[v]";
        return new EvalClip(name, true, seconds, null, WALKER, graph, STAGE);
    }

    private static EvalClip still(String name, String filter) {
        return new EvalClip(name, false, 12, null, List.of(), "[0]" + filter + "[v]", STAGE);
    }

    private static List<Point> rect(double x1, double y1, double x2, double y2) {
        return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
    }
}
