package org.xueliang.analytics.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled event: rule {@code rule} of clip {@code clip} must raise {@code eventType} at
 * {@code seconds} into the clip, give or take {@code tolerance} seconds.
 *
 * @param clip      clip name, as in {@link EvalSet}
 * @param rule      rule id
 * @param eventType event type, one of {@link org.xueliang.analytics.EventTypes}
 * @param seconds   time of the event from the clip's start
 * @param tolerance how far a detection may be from it and still count
 */
public record GroundTruth(String clip, String rule, String eventType, double seconds, double tolerance) {

    /**
     * Reads a label file: a header line, then {@code clip,rule,event_type,seconds,tolerance};
     * lines starting with {@code #} are comments.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static List<GroundTruth> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<GroundTruth> labels = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells.length != 5) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + ": expected 5 cells "
                        + "clip,rule,event_type,seconds,tolerance, got " + cells.length + ": " + line);
            }
            try {
                labels.add(new GroundTruth(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                        Double.parseDouble(cells[3].strip()), Double.parseDouble(cells[4].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(csv + " line " + (i + 1) + ": seconds and tolerance must be "
                        + "numbers, got " + line, e);
            }
        }
        return labels;
    }
}
