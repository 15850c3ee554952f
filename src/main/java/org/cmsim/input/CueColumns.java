package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.io.CsvReader;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;

/**
 * Checks that a corpus or a choices file has the columns its config's cues read ({@link Cue#requiredColumns}: a
 * contrast cue needs its feature on both nouns, an agreement cue its features on the verb and on both nouns). A
 * cue whose columns are missing would be silently absent or weakened everywhere, and every other estimate would
 * move with it: a wrong result with exit 0. The message names the cue, the column and the file's column closest
 * to it (a renamed {@code verb.number} for {@code v.number}).
 */
public final class CueColumns {

    private CueColumns() {
    }

    public static void check(Path file, FeatureSpace space, List<Cue> cues) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            for (Cue cue : cues) {
                List<String> missing = new ArrayList<>();
                for (List<String> alternatives : cue.requiredColumns()) {
                    if (alternatives.stream().allMatch(column -> csv.column(column) < 0)) {
                        missing.add(String.join(" or ", alternatives));
                    }
                }
                if (!missing.isEmpty()) {
                    List<String> read = cue.requiredColumns().stream().flatMap(List::stream).toList();
                    List<String> others = csv.header().stream().filter(c -> !read.contains(c)).toList();
                    String closest = closest(missing.get(0), others);
                    throw InputException.at(file, csv.headerLine(), "cue '%s' needs column %s, which the file lacks%s",
                            cue.name(), String.join(" and ", missing),
                            closest == null ? "" : " (closest column: '" + closest + "')");
                }
            }
        }
    }

    /**
     * The column most like {@code wanted} by edit distance, when it is close enough to be a slip or a rename
     * (at most a third of the longer name's characters, and at most 4, apart); else null.
     */
    public static String closest(String wanted, List<String> columns) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String column : columns) {
            int d = editDistance(wanted.toLowerCase(java.util.Locale.ROOT), column.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = column;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.min(4, Math.max(wanted.length(), best.length()) / 3) ? best : null;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Reads a language's corpus after checking that it has every column the cues read, keeping the
     * rows its {@code select} allows; a selection column the corpus lacks, or a selection that keeps
     * no row, is an error.
     */
    public static org.cmsim.model.SentenceCorpus readCorpus(org.cmsim.model.LanguageConfig language)
            throws InputException {
        org.cmsim.model.SentenceCorpus corpus = readCorpus(language.corpus(), language.features(), language.cues());
        Path trace = org.cmsim.io.OutputNames.clausesBeside(language.corpus());
        if (java.nio.file.Files.isRegularFile(trace)) {
            corpus = corpus.withClusters(ClauseTraceReader.read(trace, language.corpus(), corpus));
        }
        org.cmsim.model.RowSelection select = language.select();
        if (select.columns().isEmpty()) {
            return corpus;
        }
        for (String column : select.columnNames()) {
            if (!corpus.get(0).extra().containsKey(column)) {
                throw InputException.in(language.file(), "select: column '%s' is not in the corpus %s", column,
                        language.corpus());
            }
        }
        List<org.cmsim.model.Sentence> kept = new ArrayList<>();
        int[] newIndex = new int[corpus.size()];
        for (int r = 0; r < corpus.size(); r++) {
            boolean keeps = select.keeps(corpus.get(r));
            newIndex[r] = keeps ? kept.size() : -1;
            if (keeps) {
                kept.add(corpus.get(r));
            }
        }
        if (kept.isEmpty()) {
            throw InputException.in(language.file(), "select %s keeps no row of the corpus %s", select,
                    language.corpus());
        }
        return new org.cmsim.model.SentenceCorpus(corpus.space(), kept, corpus.clusters().keepRows(newIndex));
    }

    /** Reads choice data after checking that it has every column the cues read. */
    public static ChoiceData readChoices(Path file, FeatureSpace space, List<Cue> cues, ChoiceReader.Needs needs)
            throws InputException {
        check(file, space, cues);
        return ChoiceReader.read(file, space, needs);
    }

    /** Reads a corpus after checking that it has every column the cues read. */
    public static org.cmsim.model.SentenceCorpus readCorpus(Path file, FeatureSpace space, List<Cue> cues)
            throws InputException {
        org.cmsim.model.SentenceCorpus corpus = CorpusReader.read(file, space);
        check(file, space, cues);
        return corpus;
    }
}
