package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xueliang.analytics.eval.EvalMedia;
import org.xueliang.analytics.eval.Evaluation;
import org.xueliang.analytics.eval.Score;

/**
 * The accuracy of the zone-intrusion and line-crossing rules on the evaluation set (real footage
 * with hand labels, generated walkers with exact labels, distractor clips with no true event):
 * true and false positives, misses, precision, recall and false alerts per hour of video, per
 * rule and per group of clips. The same evaluation runs as analytics' {@code EvaluationFloorTest}.
 */
public final class EvalBench {
    private EvalBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path labels = repo.resolve("analytics/src/test/resources/org/xueliang/analytics/eval");
        EvalMedia media = new EvalMedia(repo.resolve("samples/footage"), repo.resolve("bench/target/eval-clips"));
        Evaluation.Result result = new Evaluation(labels, media).run();

        Table table = new Table("rule accuracy, 640x480 at 5 fps, tracks from motion (labels: " + labels + ")",
                List.of("rule", "clip group", "video s", "TP", "FP", "FN", "precision", "recall", "false alerts/h"));
        // intrusion rows first, then line crossing, each in the evaluation's order
        List<Evaluation.Row> rows = result.rows().stream()
                .sorted(Comparator.comparing(r -> !r.rule().equals("zone"))).toList();
        for (Evaluation.Row row : rows) {
            Score s = row.score();
            table.add(row.rule().equals("zone") ? "intrusion" : "line crossing", row.group(),
                    String.format(Locale.ROOT, "%.0f", s.videoSeconds()), Integer.toString(s.truePositives()),
                    Integer.toString(s.falsePositives()), Integer.toString(s.falseNegatives()),
                    String.format(Locale.ROOT, "%.2f", s.precision()), String.format(Locale.ROOT, "%.2f", s.recall()),
                    String.format(Locale.ROOT, "%.0f", s.falseAlertsPerHour()));
        }
        System.out.print(table.render());
        Path csv = out.resolve("eval.csv");
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }
}
