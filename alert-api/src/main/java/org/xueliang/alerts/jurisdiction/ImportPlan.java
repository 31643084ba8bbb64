package org.xueliang.alerts.jurisdiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * Decides which rows of an import are saved, pure: rows are checked from the top of the tree
 * down (counties first), each against the existing tree plus the rows accepted before it, so a
 * file may list a grid before its village. A row whose code exists replaces that node. Saving
 * {@link #accepted()} in order keeps every parent ahead of its children.
 *
 * @param accepted rows to save, parents first
 * @param existing codes among {@code accepted} that exist already (updates)
 * @param rejected every other row, in row order
 */
public record ImportPlan(List<Jurisdiction> accepted, Set<String> existing, List<RejectedRow> rejected) {
    public ImportPlan {
        accepted = List.copyOf(accepted);
        existing = Set.copyOf(existing);
        rejected = rejected.stream().sorted(Comparator.comparingInt(RejectedRow::row)).toList();
    }

    /** Plans the import of {@code rows} (and the rows already rejected while reading) into {@code tree}. */
    public static ImportPlan of(ImportRows.Result read, JurisdictionLookup tree) {
        Planner planner = new Planner(tree, read.rejected());
        List<Candidate> candidates = planner.read(read.rows());
        candidates.sort(Comparator.comparing((Candidate c) -> c.jurisdiction().level()).thenComparingInt(Candidate::row));
        candidates.forEach(planner::place);
        return new ImportPlan(planner.accepted, planner.existing, planner.rejected);
    }

    private record Candidate(int row, Jurisdiction jurisdiction) {
    }

    /** The working tree: the existing one overlaid with the rows accepted so far. */
    private static final class Planner implements JurisdictionLookup {
        private final JurisdictionLookup tree;
        private final Map<String, Jurisdiction> overlay = new HashMap<>();
        private final Map<String, List<Jurisdiction>> overlayChildren = new HashMap<>();
        private final List<Jurisdiction> accepted = new ArrayList<>();
        private final Set<String> existing = new HashSet<>();
        private final List<RejectedRow> rejected;
        private final Set<String> rejectedCodes = new HashSet<>();

        Planner(JurisdictionLookup tree, List<RejectedRow> alreadyRejected) {
            this.tree = tree;
            this.rejected = new ArrayList<>(alreadyRejected);
        }

        List<Candidate> read(List<ImportRow> rows) {
            Map<String, Integer> firstRowOfCode = new HashMap<>();
            List<Candidate> candidates = new ArrayList<>();
            for (ImportRow row : rows) {
                List<FieldError> errors = new ArrayList<>();
                Jurisdiction read = JurisdictionRules.read(row.code(), row.name(), row.level(), row.parent(), errors);
                if (read != null) {
                    Integer first = firstRowOfCode.putIfAbsent(read.code(), row.row());
                    if (first != null) {
                        errors.add(new FieldError("code", "duplicate of row " + first + " "
                                + FieldReader.quote(read.code())));
                    }
                }
                if (errors.isEmpty()) {
                    candidates.add(new Candidate(row.row(), read));
                } else {
                    reject(row.row(), row.code(), errors);
                }
            }
            return candidates;
        }

        void place(Candidate candidate) {
            Jurisdiction node = candidate.jurisdiction();
            List<FieldError> errors = new ArrayList<>();
            JurisdictionRules.checkPlacement(node, this, errors);
            if (!errors.isEmpty() && node.parent() != null && rejectedCodes.contains(node.parent())
                    && jurisdiction(node.parent()).isEmpty()) {
                errors = List.of(new FieldError("parent", "jurisdiction " + FieldReader.quote(node.parent())
                        + " does not exist (its own row was rejected)"));
            }
            if (!errors.isEmpty()) {
                reject(candidate.row(), node.code(), errors);
                return;
            }
            if (tree.jurisdiction(node.code()).isPresent()) {
                existing.add(node.code());
            }
            overlay.put(node.code(), node);
            if (node.parent() != null) {
                overlayChildren.computeIfAbsent(node.parent(), parent -> new ArrayList<>()).add(node);
            }
            accepted.add(node);
        }

        private void reject(int row, String code, List<FieldError> errors) {
            errors.forEach(error -> rejected.add(new RejectedRow(row, error.path(), error.message())));
            if (code != null) {
                rejectedCodes.add(code.strip());
            }
        }

        @Override
        public Optional<Jurisdiction> jurisdiction(String code) {
            Jurisdiction replaced = overlay.get(code);
            return replaced != null ? Optional.of(replaced) : tree.jurisdiction(code);
        }

        @Override
        public List<Jurisdiction> children(String code) {
            List<Jurisdiction> children = new ArrayList<>();
            // an existing child moved elsewhere by an accepted row no longer counts here
            tree.children(code).stream().filter(child -> !overlay.containsKey(child.code())).forEach(children::add);
            children.addAll(overlayChildren.getOrDefault(code, List.of()));
            return children;
        }
    }
}
