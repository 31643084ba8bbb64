package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Idle channels that decode keyframes alone while their scene is still. (i) Capacity: N channels of
 * a still 704x576 scene with idle decoding after {@code holdSeconds}; once they have switched, a
 * spell tells the process's CPU, how many channels keep real time (a keyframe every 50 pictures:
 * 0.5 a second) and how many analysis frames were dropped; N steps up from {@code startChannels}
 * by {@code step} until a step is not sustained or {@code channels} is reached. (ii) Motion to
 * alert: {@code motionChannels} channels of a clip that is still for
 * {@link BenchClips#MOTION_START_SECONDS} and then shows people walking through a zone; the delay
 * from the wall time the motion starts to each channel's first zone alert, with idle decoding on
 * and off.
 *
 * <p>Arguments: {@code [channels=300] [spellSeconds=120] [holdSeconds=5] [startChannels=channels]
 * [step=50] [motionChannels=10]}.
 */
public final class IdleBench {
    private IdleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int channels = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int spellSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        int holdSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int startChannels = args.length > 4 ? Integer.parseInt(args[4]) : channels;
        int step = args.length > 5 ? Integer.parseInt(args[5]) : 50;
        int motionChannels = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        if (channels < 1 || spellSeconds < 1 || holdSeconds < 1 || startChannels < 1 || startChannels > channels
                || step < 1 || motionChannels < 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "need channels, spell, hold, step and "
                    + "motion channels of at least 1 and start channels from 1 to channels, got channels=%d "
                    + "spell=%d hold=%d start=%d step=%d motion=%d", channels, spellSeconds, holdSeconds,
                    startChannels, step, motionChannels));
        }
        BenchLogging.warningsOnly();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path clips = out.getParent().resolve("clips");
        Duration hold = Duration.ofSeconds(holdSeconds);

        Table capacity = IdleCapacity.run(BenchClips.still(repo, clips), hold, Duration.ofSeconds(spellSeconds),
                startChannels, step, channels);
        System.out.print(capacity.render());
        System.out.println();
        Table motion = MotionToAlert.run(BenchClips.stillThenMotion(repo, clips), motionChannels, hold);
        System.out.print(motion.render());
        Path csv = out.resolve("idle.csv");
        Files.writeString(csv, capacity.csv() + "\n" + motion.csv());
        System.out.println("written " + csv);
    }

    /** Formats for the tables. */
    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
