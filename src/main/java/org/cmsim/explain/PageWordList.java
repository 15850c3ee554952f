package org.cmsim.explain;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cmsim.listener.Lexicon;

/**
 * The page's word list ({@link PlaygroundLexicon#lexicon}) as a lexicon's forms: per form, rows of UPOS, FEATS,
 * animacy, count and the lemma where it is not the form. A form's rows become analyses when the form is
 * first looked up: a sentence looks up a few forms, and making every analysis of a large lexicon when the
 * page opens would keep the reader waiting.
 */
final class PageWordList extends AbstractMap<String, List<Lexicon.Analysis>> {

    private final Map<String, Object> rows;
    private final Map<String, List<Lexicon.Analysis>> made = new HashMap<>();

    PageWordList(Map<String, Object> rows) {
        this.rows = rows;
    }

    @Override
    public boolean containsKey(Object form) {
        return rows.containsKey(form);
    }

    @Override
    public List<Lexicon.Analysis> get(Object form) {
        if (!rows.containsKey(form)) {
            return null;
        }
        return made.computeIfAbsent((String) form, f -> analyses(f, rows.get(f)));
    }

    @Override
    public Set<Entry<String, List<Lexicon.Analysis>>> entrySet() {
        Set<Entry<String, List<Lexicon.Analysis>>> entries = new LinkedHashSet<>();
        for (String form : rows.keySet()) {
            entries.add(new SimpleImmutableEntry<>(form, get(form)));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static List<Lexicon.Analysis> analyses(String form, Object json) {
        List<Lexicon.Analysis> analyses = new ArrayList<>();
        for (Object r : (List<Object>) json) {
            List<Object> row = (List<Object>) r;
            String animacy = (String) row.get(2);
            String lemma = (String) row.get(4);
            analyses.add(new Lexicon.Analysis(form, lemma.isEmpty() ? form : lemma, (String) row.get(0),
                    Lexicon.feats((String) row.get(1)), animacy.isEmpty() ? null : animacy,
                    (long) (double) (Double) row.get(3)));
        }
        return List.copyOf(analyses);
    }
}
