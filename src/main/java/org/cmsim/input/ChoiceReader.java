package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Reads choice data: stimulus columns plus either {@code trials} and
 * {@code n1_choices} (aggregated) or {@code choice} (one trial per row), with optional {@code subject} and
 * {@code item} columns and, for {@code fit --by}, a grouping column. Trial-level data may record each trial's
 * reaction time in ms in an {@code rt} column ({@code rt_ms} is read the same way): a positive number, or empty
 * where none was recorded.
 *
 * <p>What a model needs of the participants is checked here, where the lines are known: a required
 * {@code subject} or {@code item} column exists and is filled in every row, with random subject effects every
 * subject has at least two trials (a pooled fit takes a subject's single choice like any other), and with a
 * grouping column and subjects, every group has at least two subjects.
 */
public final class ChoiceReader {

    /** Whether the grouping column must be in the file ({@code fit --by}) or is read only when it is ({@code run}). */
    public enum GroupPresence { REQUIRED, IF_PRESENT }

    /**
     * Which participant columns a fit needs: required columns ("subject", "item") and the grouping column, which
     * is either required or read when the file has it.
     */
    public record Needs(Set<String> required, String groupColumn, GroupPresence groupPresence) {
        public static final Needs NONE = new Needs(Set.of(), null);

        public Needs {
            required = Set.copyOf(required);
            Objects.requireNonNull(groupPresence, "groupPresence");
        }

        public Needs(Set<String> required, String groupColumn) {
            this(required, groupColumn, GroupPresence.REQUIRED);
        }

        /** The {@code group} column when the file has one (the run report's per-group figures), else none. */
        public static Needs groupIfPresent() {
            return new Needs(Set.of(), "group", GroupPresence.IF_PRESENT);
        }
    }

    /** The reaction-time column, in ms, and the name the interface once gave it. */
    public static final String RT = "rt";
    static final String RT_MS = "rt_ms";

    private ChoiceReader() {
    }

    public static ChoiceData read(Path file, FeatureSpace space) throws InputException {
        return read(file, space, Needs.NONE);
    }

    public static ChoiceData read(Path file, FeatureSpace space, Needs needs) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            StimulusColumns stimulus = StimulusColumns.bind(csv, space);
            int trialsColumn = csv.column("trials");
            int n1Column = csv.column("n1_choices");
            int choiceColumn = csv.column("choice");
            boolean aggregated = trialsColumn >= 0 || n1Column >= 0;
            if (aggregated && choiceColumn >= 0) {
                throw InputException.at(file, csv.headerLine(),
                        "has both 'choice' and 'trials'/'n1_choices' columns: use one format");
            }
            if (aggregated) {
                csv.requireColumn("trials");
                csv.requireColumn("n1_choices");
            } else if (choiceColumn < 0) {
                throw InputException.at(file, csv.headerLine(),
                        "missing required columns: 'trials' and 'n1_choices' (aggregated) or 'choice' (trial level)");
            }
            for (String column : needs.required()) {
                if (csv.column(column) < 0) {
                    throw InputException.at(file, csv.headerLine(), "no '%s' column: a random %s effect needs one"
                            + " (columns: %s)", column, column, String.join(", ", csv.header()));
                }
            }
            if (needs.groupColumn() != null && csv.column(needs.groupColumn()) < 0
                    && needs.groupPresence() == GroupPresence.REQUIRED) {
                throw InputException.at(file, csv.headerLine(), "no '%s' column to group by (columns: %s)",
                        needs.groupColumn(), String.join(", ", csv.header()));
            }
            int rtColumn = rtColumn(file, csv, aggregated);
            int subjectColumn = csv.column("subject");
            int itemColumn = csv.column("item");
            int groupColumn = needs.groupColumn() == null ? -1 : csv.column(needs.groupColumn());
            List<ChoiceRow> rows = new ArrayList<>();
            Participants participants = new Participants();
            long lastLine = csv.headerLine();
            long totalTrials = 0;
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                lastLine = record.line();
                Stimulus read = stimulus.read(record);
                String subject = optional(record, subjectColumn);
                String item = optional(record, itemColumn);
                String group = optional(record, groupColumn);
                requireFilled(file, record, "subject", subject, needs.required().contains("subject"));
                requireFilled(file, record, "item", item, needs.required().contains("item"));
                requireFilled(file, record, needs.groupColumn(), group, groupColumn >= 0);
                long trials;
                long n1;
                if (aggregated) {
                    trials = Fields.integer(file, record, trialsColumn, "trials", 1);
                    totalTrials = Fields.addToTotal(file, record, "trials", totalTrials, trials);
                    n1 = Fields.integer(file, record, n1Column, "n1_choices", 0);
                    if (n1 > trials) {
                        throw InputException.at(file, record.line(), "column n1_choices: %d exceeds trials (%d)",
                                n1, trials);
                    }
                } else {
                    String choiceText = record.field(choiceColumn).strip();
                    Slot choice = Slot.parseNoun(choiceText);
                    if (choice == null) {
                        throw InputException.at(file, record.line(), "column choice: '%s' is not n1 or n2",
                                choiceText);
                    }
                    trials = 1;
                    n1 = choice == Slot.N1 ? 1 : 0;
                }
                double rt = rtColumn < 0 || record.field(rtColumn).isBlank() ? Double.NaN
                        : Fields.positive(file, record, rtColumn, csv.header().get(rtColumn));
                rows.add(new ChoiceRow(read, trials, n1, subject, item, group, rt));
                participants.add(record.line(), subject, group, trials);
            }
            if (rows.isEmpty()) {
                throw InputException.at(file, lastLine, "the choice data have no rows");
            }
            if (needs.required().contains("subject")) {
                participants.requireTwoTrialsEach(file);
            }
            if (groupColumn >= 0 && subjectColumn >= 0 && needs.groupPresence() == GroupPresence.REQUIRED) {
                participants.requireTwoSubjectsPerGroup(file, needs.groupColumn());
            }
            return new ChoiceData(space, rows);
        }
    }

    /** The reaction-time column ({@code rt}, or {@code rt_ms}), -1 without one; only trial-level data have one. */
    private static int rtColumn(Path file, CsvReader csv, boolean aggregated) throws InputException {
        int rt = csv.column(RT);
        int rtMs = csv.column(RT_MS);
        if (rt >= 0 && rtMs >= 0) {
            throw InputException.at(file, csv.headerLine(), "has both '%s' and '%s' columns: keep one", RT, RT_MS);
        }
        int column = Math.max(rt, rtMs);
        if (column >= 0 && aggregated) {
            throw InputException.at(file, csv.headerLine(), "column %s: reaction times need trial-level choices"
                    + " (a 'choice' column), not 'trials'/'n1_choices'", csv.header().get(column));
        }
        return column;
    }

    private static String optional(CsvRecord record, int column) {
        return column < 0 || record.field(column).isBlank() ? null : record.field(column).strip();
    }

    private static void requireFilled(Path file, CsvRecord record, String column, String value, boolean required)
            throws InputException {
        if (required && value == null) {
            throw InputException.at(file, record.line(), "column %s: empty, but every row needs one", column);
        }
    }

    /** Trials per subject and subjects per group, with the line each first appeared on. */
    private static final class Participants {
        private final Map<String, long[]> subjects = new TreeMap<>();
        private final Map<String, Map<String, Long>> groups = new LinkedHashMap<>();

        void add(long line, String subject, String group, long trials) {
            if (subject == null) {
                return;
            }
            subjects.computeIfAbsent(subject, s -> new long[] {line, 0})[1] += trials;
            if (group != null) {
                groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(subject, line);
            }
        }

        void requireTwoTrialsEach(Path file) throws InputException {
            for (Map.Entry<String, long[]> subject : subjects.entrySet()) {
                if (subject.getValue()[1] < 2) {
                    throw InputException.at(file, subject.getValue()[0], "column subject: '%s' has only one trial;"
                            + " a subject's deviations cannot be estimated from one choice", subject.getKey());
                }
            }
        }

        void requireTwoSubjectsPerGroup(Path file, String column) throws InputException {
            for (Map.Entry<String, Map<String, Long>> group : groups.entrySet()) {
                if (group.getValue().size() < 2) {
                    Map.Entry<String, Long> only = group.getValue().entrySet().iterator().next();
                    throw InputException.at(file, only.getValue(), "column %s: group '%s' has only one subject"
                            + " ('%s'); a group needs at least two", column, group.getKey(), only.getKey());
                }
            }
        }
    }
}
