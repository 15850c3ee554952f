package org.cmsim.input;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
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

    public static Map<String, Estimate> read(Path file, String rule) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            int ruleColumn = csv.requireColumn("rule");
            int parameterColumn = csv.requireColumn("parameter");
            int estimateColumn = csv.requireColumn("estimate");
            Map<String, Estimate> values = new LinkedHashMap<>();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                if (!record.field(ruleColumn).strip().equals(rule)) {
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
                throw InputException.in(file, "no rows for rule '%s'", rule);
            }
            return values;
        }
    }
}
