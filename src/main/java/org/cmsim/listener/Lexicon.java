package org.cmsim.listener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;

/**
 * A language's word forms as the treebank import saw them ({@code corpora/LANGUAGE/lexicon.csv}, or
 * {@code .csv.gz}): one row per form, lemma, UPOS and FEATS with how often it occurred, and the
 * animacy the import gave the noun (from the annotation, WordNet or a pronoun table; empty when
 * unknown). Forms are lower-cased. Derived counts only: no sentence text.
 */
public final class Lexicon {

    public static final List<String> COLUMNS = List.of("form", "lemma", "upos", "feats", "animacy", "count");
    private static final Set<String> ANIMACY_VALUES = Set.of("animate", "inanimate", "");

    /** One analysis of a form: lemma, UPOS, UD features (name to value) and animacy (null when unknown). */
    public record Analysis(String form, String lemma, String upos, Map<String, String> feats, String animacy,
                           long count) {
        public Analysis {
            feats = Map.copyOf(feats);
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive");
            }
        }
    }

    private final Path file;
    private final String description;
    private final Map<String, List<Analysis>> byForm;

    private Lexicon(Path file, String description, Map<String, List<Analysis>> byForm) {
        this.file = file;
        this.description = description;
        this.byForm = byForm;
    }

    /** A lexicon held in memory (tests, and the by-hand words of {@code --feature}). */
    public static Lexicon of(Path file, List<Analysis> analyses) {
        return new Lexicon(file, String.valueOf(file), byForm(analyses));
    }

    /** A lexicon made in memory, called {@code description} in messages (the word list an import builds). */
    public static Lexicon built(String description, List<Analysis> analyses) {
        return new Lexicon(null, description, byForm(analyses));
    }

    /** A lexicon that is no file, called {@code description} in messages (the playground's word list). */
    public static Lexicon described(String description, Map<String, List<Analysis>> byForm) {
        return new Lexicon(null, description, byForm);
    }

    private static Map<String, List<Analysis>> byForm(List<Analysis> analyses) {
        Map<String, List<Analysis>> byForm = new HashMap<>();
        for (Analysis a : analyses) {
            byForm.computeIfAbsent(a.form(), f -> new ArrayList<>()).add(a);
        }
        return byForm;
    }

    public static Lexicon read(Path file) throws InputException {
        List<Analysis> analyses = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(file)) {
            int[] column = new int[COLUMNS.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = reader.requireColumn(COLUMNS.get(c));
            }
            CsvRecord row;
            while ((row = reader.next()) != null) {
                String form = row.field(column[0]).strip();
                if (form.isEmpty()) {
                    throw InputException.at(file, row.line(), "column form: empty");
                }
                String animacy = row.field(column[4]).strip();
                if (!ANIMACY_VALUES.contains(animacy)) {
                    throw InputException.at(file, row.line(), "column animacy: '%s' is not animate, inanimate or empty",
                            animacy);
                }
                long count;
                String countText = row.field(column[5]).strip();
                try {
                    count = Long.parseLong(countText);
                } catch (NumberFormatException e) {
                    if (!countText.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                        throw InputException.notANumber(file, row.line(), "count", countText);
                    }
                    count = 0;
                }
                if (count < 1) {
                    throw InputException.at(file, row.line(), "column count: '%s' is not a positive integer",
                            row.field(column[5]));
                }
                analyses.add(new Analysis(form.toLowerCase(Locale.ROOT), row.field(column[1]),
                        row.field(column[2]).strip(), feats(file, row.line(), row.field(column[3]).strip()),
                        animacy.isEmpty() ? null : animacy, count));
            }
        }
        return of(file, analyses);
    }

    /** UD FEATS ({@code Case=Nom|Number=Sing}, or {@code _} for none) as a map. */
    static Map<String, String> feats(Path file, long line, String text) throws InputException {
        try {
            return feats(text);
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, line, "column feats: '%s' is not Name=Value", e.getMessage());
        }
    }

    /** UD FEATS as a map; a pair that is not Name=Value is the message of the IllegalArgumentException thrown. */
    public static Map<String, String> feats(String text) {
        Map<String, String> feats = new LinkedHashMap<>();
        if (text.isEmpty() || text.equals("_")) {
            return feats;
        }
        int start = 0;
        while (start <= text.length()) {
            int bar = text.indexOf('|', start);
            int end = bar < 0 ? text.length() : bar;
            String pair = text.substring(start, end);
            start = end + 1;
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(pair);
            }
            feats.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return feats;
    }

    /** Every analysis of a form (lower-cased), or an empty list. */
    public List<Analysis> analyses(String form) {
        return byForm.getOrDefault(form.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every form, in no particular order. */
    public java.util.Set<String> forms() {
        return java.util.Collections.unmodifiableSet(byForm.keySet());
    }

    public boolean contains(String form) {
        return byForm.containsKey(form.toLowerCase(Locale.ROOT));
    }

    /** The file it was read from, or null for a lexicon made in memory without one. */
    public Path file() {
        return file;
    }

    /** What messages call it: its file, or the description it was made with. */
    public String description() {
        return description;
    }
}
