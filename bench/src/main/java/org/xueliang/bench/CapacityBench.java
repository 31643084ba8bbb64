package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How many live channels the server sustains on this machine, per input resolution and source
 * kind: the largest N for which a spell of {@link ChannelLoad} drops no analysis frame, keeps every
 * channel's input at 98 % of real time or more, and ends with an analysis latency p99 at most
 * 100 ms above the first third's.
 *
 * <p>Search: from the start count, up by a quarter of it while sustained, down while not; once a
 * sustained and a failing count are known, halve the gap between them, for at most
 * {@value #MAX_STEPS} spells. The {@code confirm} form runs one spell at exactly N.
 */
public final class CapacityBench {
    private static final int MAX_STEPS = 7;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    static final List<String> STEP_HEADER = List.of("input", "source", "N", "sustained", "min input %",
            "dropped", "analysed/s", "lat p50 1st ms", "lat p99 1st ms", "lat p50 last ms", "lat p99 last ms",
            "lat max ms", "CPU ms/s/ch", "process CPU %", "sender CPU %", "load avg", "why not");

    private CapacityBench() {
    }

    /** One search: a resolution, a source kind and where to start. */
    private record Search(Resolution resolution, String source, int startCount) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        BenchLogging.warningsOnly();
        Path out = Files.createDirectories(repo.resolve("bench/target/results"));
        if (!rest.isEmpty() && rest.get(0).equals("confirm")) {
            confirm(repo, out, rest.subList(1, rest.size()));
        } else {
            search(repo, out, rest);
        }
    }

    private static void search(Path repo, Path out, List<String> args) throws Exception {
        Duration spell = Duration.ofSeconds(BenchArgs.positiveInt(args, 0, "spellSeconds", 300));
        List<Resolution> resolutions = BenchArgs.list(args, 1, "576,1080").stream().map(Resolution::parse).toList();
        List<String> kinds = BenchArgs.list(args, 2, "file,gb").stream().map(CapacityBench::sourceKind).toList();
        List<String> starts = args.size() > 3 ? BenchArgs.list(args, 3, "")
                : resolutions.stream().map(r -> Integer.toString(r.defaultStartCount())).toList();
        if (starts.size() != resolutions.size()) {
            throw new IllegalArgumentException("give one start count per resolution: " + resolutions.size()
                    + " resolution(s), " + starts.size() + " start count(s) (" + starts + ")");
        }
        Table steps = new Table("capacity search, " + spell.toSeconds() + " s spells after " + WARM_UP.toSeconds()
                + " s warm-up, " + Runtime.getRuntime().availableProcessors() + " cores", STEP_HEADER);
        Table summary = new Table("capacity: largest sustained N", List.of("input", "source", "sustained N",
                "failing N", "CPU ms/s/ch at sustained N", "process CPU % at sustained N", "spells"));
        for (int r = 0; r < resolutions.size(); r++) {
            for (String kind : kinds) {
                Search search = new Search(resolutions.get(r), kind,
                        BenchArgs.positiveInt(starts, r, "startCount", 1));
                runSearch(repo, search, spell, steps, summary);
            }
        }
        System.out.print(steps.render());
        System.out.print(summary.render());
        write(out.resolve("capacity-steps.csv"), steps);
        write(out.resolve("capacity.csv"), summary);
    }

    private static void runSearch(Path repo, Search search, Duration spell, Table steps, Table summary)
            throws Exception {
        LoadSpell best = null;
        int failing = Integer.MAX_VALUE;
        int n = search.startCount();
        int step = Math.max(1, search.startCount() / 4);
        int spells = 0;
        try (LoadSources sources = sources(repo, search.resolution(), search.source());
             ChannelLoad load = new ChannelLoad(sources, Duration.ofSeconds(20), event -> { }, null)) {
            while (spells < MAX_STEPS && n >= 1 && n < failing && (best == null || n > best.channels())) {
                LoadSpell result = spell(load, n, spell);
                spells++;
                steps.add(stepRow(search.resolution(), search.source(), result));
                System.out.print(progress(search, result));
                if (result.sustained()) {
                    best = result;
                } else {
                    failing = n;
                }
                n = next(best == null ? 0 : best.channels(), failing, n, step);
            }
        }
        summary.add(search.resolution().label(), search.source(),
                best == null ? "none" : Integer.toString(best.channels()),
                failing == Integer.MAX_VALUE ? "none found" : Integer.toString(failing),
                best == null ? "" : format(best.cpuMillisPerChannelSecond()),
                best == null ? "" : format(best.processCpuPercent()), Integer.toString(spells));
    }

    /** Up or down by the step until both a sustained and a failing count are known, then halve the gap. */
    static int next(int sustained, int failing, int current, int step) {
        if (failing == Integer.MAX_VALUE) {
            return current + step;
        }
        if (sustained == 0) {
            return Math.max(0, current - step);
        }
        return sustained + (failing - sustained) / 2;
    }

    private static void confirm(Path repo, Path out, List<String> args) throws Exception {
        if (args.size() != 4) {
            throw new IllegalArgumentException("usage: bench/run capacity confirm <spellSeconds> <576|1080> "
                    + "<file|gb> <channels>, got " + args);
        }
        Duration spell = Duration.ofSeconds(BenchArgs.positiveInt(args, 0, "spellSeconds", 300));
        Resolution resolution = Resolution.parse(args.get(1));
        String kind = sourceKind(args.get(2));
        int channels = BenchArgs.positiveInt(args, 3, "channels", 1);
        Table table = new Table("capacity confirm, " + spell.toSeconds() + " s spell after " + WARM_UP.toSeconds()
                + " s warm-up, " + Runtime.getRuntime().availableProcessors() + " cores", STEP_HEADER);
        try (LoadSources sources = sources(repo, resolution, kind);
             ChannelLoad load = new ChannelLoad(sources, Duration.ofSeconds(20), event -> { }, null)) {
            table.add(stepRow(resolution, kind, spell(load, channels, spell)));
        }
        System.out.print(table.render());
        write(out.resolve("capacity-confirm.csv"), table);
    }

    private static LoadSpell spell(ChannelLoad load, int channels, Duration spell) throws InterruptedException {
        load.resize(channels);
        Thread.sleep(WARM_UP.toMillis());
        return load.measure(spell);
    }

    private static LoadSources sources(Path repo, Resolution resolution, String kind) throws Exception {
        Path clip = BenchClips.h264(repo, repo.resolve("bench/target/clips"), resolution.width(), resolution.height());
        return kind.equals("file") ? new FileSources(clip) : GbSources.start(clip);
    }

    static String[] stepRow(Resolution resolution, String source, LoadSpell spell) {
        return new String[] {resolution.label(), source, Integer.toString(spell.channels()),
                spell.sustained() ? "yes" : "no", format(100 * spell.minInputShare()), Long.toString(spell.dropped()),
                format(spell.analysed() / spell.seconds()), millis(spell.firstThird().p50Micros()),
                millis(spell.firstThird().p99Micros()), millis(spell.lastThird().p50Micros()),
                millis(spell.lastThird().p99Micros()),
                millis(Math.max(spell.firstThird().maxMicros(), spell.lastThird().maxMicros())),
                format(spell.cpuMillisPerChannelSecond()), format(spell.processCpuPercent()),
                format(spell.senderCpuPercent()), format(spell.loadAverage()), spell.failures()};
    }

    private static String progress(Search search, LoadSpell spell) {
        return String.format(Locale.ROOT, "%s %s N=%d: %s (input >= %.1f%%, %d dropped, p99 %s -> %s ms, "
                        + "%.1f ms CPU/s/ch)%n", search.resolution().label(), search.source(), spell.channels(),
                spell.sustained() ? "sustained" : "not sustained: " + spell.failures(), 100 * spell.minInputShare(),
                spell.dropped(), millis(spell.firstThird().p99Micros()), millis(spell.lastThird().p99Micros()),
                spell.cpuMillisPerChannelSecond());
    }

    private static String sourceKind(String kind) {
        if (!kind.equals("file") && !kind.equals("gb")) {
            throw new IllegalArgumentException("source kind must be file or gb, got '" + kind + "'");
        }
        return kind;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String millis(long micros) {
        return String.format(Locale.ROOT, "%.0f", micros / 1000.0);
    }

    static void write(Path csv, Table table) throws java.io.IOException {
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }
}
