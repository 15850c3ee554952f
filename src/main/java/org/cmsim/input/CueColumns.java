package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.io.CsvReader;
import org.cmsim.io.InputException;
import org.cmsim.model.Cue;
import org.cmsim.model.FeatureSpace;

/**
 * Checks that a corpus has the columns its config's cues read ({@link Cue#requiredColumns}: a contrast
 * cue needs its feature on both nouns, an agreement cue its features on the verb and on at least one
 * noun). A cue whose columns are missing would be silently absent everywhere, which is almost always a
 * mistake.
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
                    throw InputException.at(file, csv.headerLine(), "cue '%s' needs column %s, which the file lacks",
                            cue.name(), String.join(" and ", missing));
                }
            }
        }
    }

    /**
     * Reads a language's corpus after checking that it has every column the cues read, keeping the
     * rows its {@code select} allows; a selection column the corpus lacks, or a selection that keeps
     * no row, is an error.
     */
    public static org.cmsim.model.SentenceCorpus readCorpus(org.cmsim.model.LanguageConfig language)
            throws InputException {
        org.cmsim.model.SentenceCorpus corpus = readCorpus(language.corpus(), language.features(), language.cues());
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
        List<org.cmsim.model.Sentence> kept = corpus.sentences().stream().filter(select::keeps).toList();
        if (kept.isEmpty()) {
            throw InputException.in(language.file(), "select %s keeps no row of the corpus %s", select,
                    language.corpus());
        }
        return new org.cmsim.model.SentenceCorpus(corpus.space(), kept);
    }

    /** Reads a corpus after checking that it has every column the cues read. */
    public static org.cmsim.model.SentenceCorpus readCorpus(Path file, FeatureSpace space, List<Cue> cues)
            throws InputException {
        org.cmsim.model.SentenceCorpus corpus = CorpusReader.read(file, space);
        check(file, space, cues);
        return corpus;
    }
}
