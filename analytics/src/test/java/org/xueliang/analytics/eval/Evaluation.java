package org.xueliang.analytics.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.quality.QualityConfig;

/**
 * Runs every rule of the evaluation set over its clips at 640x480, 5 fps (tracks from motion,
 * no detector) and scores the events against the labels.
 */
public final class Evaluation {
    /** Label files read from the label folder. */
    public static final List<String> LABEL_FILES = List.of("vtest-labels.csv", "generated-labels.csv");
    /** Every second frame of the 10 fps clips: 5 fps, the analysis rate of the server's default sampling. */
    private static final int STEP = 2;

    private final EvalMedia media;
    private final List<GroundTruth> labels;

    /** The outcome of one rule on one group of clips. */
    public record Row(String rule, String group, Score score) {
    }

    /** Everything measured: rows per rule and group, and every detection for inspection. */
    public record Result(List<Row> rows, List<Detected> detections) {
        /** @return the row of the rule and group */
        public Score score(String rule, String group) {
            return rows.stream().filter(r -> r.rule().equals(rule) && r.group().equals(group)).findFirst()
                    .map(Row::score).orElseThrow(() -> new IllegalArgumentException("no row " + rule + "/" + group));
        }
    }

    /**
     * @param labelFolder folder holding {@link #LABEL_FILES}
     * @param media       where the clips come from
     */
    public Evaluation(Path labelFolder, EvalMedia media) throws IOException {
        this.media = media;
        List<GroundTruth> all = new ArrayList<>();
        for (String name : LABEL_FILES) {
            all.addAll(GroundTruth.read(labelFolder.resolve(name)));
        }
        this.labels = List.copyOf(all);
    }

    /**
     * Scores each rule on the labelled clips ({@code labelled}), on each distractor clip by name,
     * and on all distractors together ({@code distractors}).
     */
    public Result run() throws IOException, InterruptedException {
        Map<String, Score> rows = new LinkedHashMap<>();
        List<Detected> detections = new ArrayList<>();
        for (EvalClip clip : EvalSet.clips()) {
            List<Detected> found = detect(clip);
            detections.addAll(found);
            for (String rule : List.of(EvalSet.ZONE, EvalSet.LINE)) {
                List<GroundTruth> truth = labels.stream()
                        .filter(l -> l.clip().equals(clip.name()) && l.rule().equals(rule)).toList();
                if (!clip.labelled() && !truth.isEmpty()) {
                    throw new IllegalStateException("distractor clip " + clip.name() + " has labels: " + truth);
                }
                Score score = Matching.score(truth, found.stream().filter(d -> d.rule().equals(rule)).toList(),
                        clip.seconds());
                String group = clip.labelled() ? "labelled" : "distractors";
                rows.merge(rule + "\t" + group, score, Score::plus);
                if (!clip.labelled()) {
                    rows.put(rule + "\t" + clip.name(), score);
                }
            }
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((key, score) -> out.add(new Row(key.split("\t")[0], key.split("\t")[1], score)));
        return new Result(out, detections);
    }

    private List<Detected> detect(EvalClip clip) throws IOException, InterruptedException {
        Path file = media.file(clip);
        PipelineConfig config = PipelineConfig.defaults().withQuality(QualityConfig.off());
        List<Detected> found = new ArrayList<>();
        try (ChannelAnalyser analyser = new ChannelAnalyser(clip.name(), config, clip.rules())) {
            EvalMedia.play(file, clip.seconds(), STEP, frame -> {
                for (AnalyticsEvent e : analyser.analyse(frame)) {
                    double seconds = Duration.between(EvalMedia.START, e.eventTime()).toNanos() / 1e9;
                    found.add(new Detected(clip.name(), e.ruleId(), e.type(), seconds));
                }
            });
        }
        return found;
    }
}
