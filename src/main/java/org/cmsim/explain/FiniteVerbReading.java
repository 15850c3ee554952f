package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.conllu.ClauseExtractor;
import org.cmsim.conllu.ClauseFeatures;
import org.cmsim.conllu.Token;

/**
 * The finite verb of a parsed clause (clause rule 3), its readings' number and person (rule 5), and
 * where they came from: the first auxiliary with a finite reading, else the verb when a reading of it
 * is finite or has a person. Its position gives the clause's order, as in the import.
 */
record FiniteVerbReading(Word word, List<Map<String, String>> values, String note) {

    FiniteVerbReading {
        values = List.copyOf(values);
    }

    static FiniteVerbReading of(SentenceParser.Clause clause) {
        for (Word aux : clause.auxiliaries()) {
            List<Map<String, String>> finite = verbValues(aux, Role.AUXILIARY);
            if (!finite.isEmpty()) {
                return new FiniteVerbReading(aux, finite, " (from the finite auxiliary '" + aux.form() + "')");
            }
        }
        List<Map<String, String>> own = verbValues(clause.verb(), Role.VERB);
        return new FiniteVerbReading(clause.verb(), own, own.isEmpty() ? " (no finite verb)" : "");
    }

    /** Number and person of a word's readings that are finite (or, for the main verb, have a person). */
    private static List<Map<String, String>> verbValues(Word word, Role role) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Lexicon.Analysis a : word.analyses()) {
            Token t = FeatureReader.token(word, a, 0, role == Role.AUXILIARY ? "aux" : "root");
            boolean finite = Text.split(String.valueOf(t.feat("VerbForm")), ',').contains("Fin");
            if (finite || (role == Role.VERB && t.feat("Person") != null)) {
                String[] values = ClauseFeatures.verb(t);
                Map<String, String> byName = new LinkedHashMap<>();
                for (int f = 0; f < values.length; f++) {
                    byName.put(ClauseExtractor.VERB_FEATURES.get(f), values[f]);
                }
                out.add(byName);
            }
        }
        return out;
    }
}
