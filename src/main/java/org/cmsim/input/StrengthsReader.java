package org.cmsim.input;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;

/** Reads one rule's estimates from a strengths.csv written by {@code cmsim fit} (columns rule, parameter, estimate). */
public final class StrengthsReader {

    private StrengthsReader() {
    }

    /** A parameter's estimate and the line it is on; an empty cell (a cue ranked below order) is NaN. */
    public record Estimate(double value, long line) {
    }

    /** The rules a strengths.csv has rows for, in order of appearance. */
    public static Set<String> rules(Path file) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            int ruleColumn = csv.requireColumn("rule");
            Set<String> rules = new LinkedHashSet<>();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                rules.add(record.field(ruleColumn).strip());
            }
            return rules;
        }
    }

    /**
     * The levels of the file's {@code group} column in order of appearance (a group-strengths.csv from
     * {@code cmsim fit --by group}); empty when it has none.
     */
    public static List<String> groups(Path file) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            int groupColumn = csv.column("group");
            Set<String> groups = new LinkedHashSet<>();
            for (CsvRecord record = csv.next(); groupColumn >= 0 && record != null; record = csv.next()) {
                groups.add(record.field(groupColumn).strip());
            }
            return List.copyOf(groups);
        }
    }

    public static Map<String, Estimate> read(Path file, String rule) throws InputException {
        return read(file, rule, null);
    }

    /** One rule's estimates in one group of a group-strengths.csv ({@code group} null: a file without groups). */
    public static Map<String, Estimate> read(Path file, String rule, String group) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            int ruleColumn = csv.requireColumn("rule");
            int parameterColumn = csv.requireColumn("parameter");
            int estimateColumn = csv.requireColumn("estimate");
            int groupColumn = group == null ? -1 : csv.requireColumn("group");
            Map<String, Estimate> values = new LinkedHashMap<>();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (!record.field(ruleColumn).strip().equals(rule)
                        || groupColumn >= 0 && !record.field(groupColumn).strip().equals(group)) {
                    continue;
                }
                String text = record.field(estimateColumn).strip();
                double value;
                try {
                    value = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw InputException.notANumber(file, record.line(), "estimate", text);
                }
                if (!text.isEmpty() && !Double.isFinite(value)) {
                    throw InputException.at(file, record.line(), "column estimate: '%s' is not a finite number", text);
                }
                values.put(record.field(parameterColumn).strip(), new Estimate(value, record.line()));
            }
            if (values.isEmpty()) {
                throw InputException.in(file, "no rows for rule '%s'%s", rule,
                        group == null ? "" : " in group '" + group + "'");
            }
            return values;
        }
    }
}
