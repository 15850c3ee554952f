package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;

/**
 * The word forms playground.html carries for a language, as JSON rows ({@link PageWordList} reads them in
 * the browser): the page stays a few megabytes, and a rarer word asks to be built by hand.
 */
final class PlaygroundLexicon {

    /** Forms kept in the page: every closed-class form and open-class forms seen at least this often. */
    static final long MIN_COUNT = 5;
    private static final List<String> CLOSED = List.of("DET", "PRON", "AUX", "PART", "NUM", "ADP", "CCONJ", "SCONJ");

    private PlaygroundLexicon() {
    }

    /**
     * The forms the page can read (the page stays a few megabytes): closed-class forms, forms seen at
     * least {@link #MIN_COUNT} times, forms in an unspaced script (every form, for a language written
     * mostly without spaces), and the examples' words. Each form keeps all its analyses, so that the page
     * parses a kept form exactly as explain does. For English, WordNet's readings come beside it for the
     * examples' words only ({@link #wordNet}), and for a language with a morphological dictionary the
     * dictionary's ({@link #dictionary}); other forms are read without them.
     */
    static Map<String, Object> lexicon(WordFinder finder, List<String> examples) {
        Map<String, List<Lexicon.Analysis>> kept = new java.util.TreeMap<>();
        Lexicon lexicon = finder.lexicon();
        // Unspaced text (Japanese) is cut into lexicon forms: the page must cut with all of them to read
        // the words explain reads, so a language written mostly without spaces keeps its whole lexicon.
        long unspaced = lexicon.forms().stream().filter(Tokenizer::unspaced).count();
        boolean whole = 2 * unspaced > lexicon.forms().size();
        for (String form : lexicon.forms()) {
            List<Lexicon.Analysis> analyses = lexicon.analyses(form);
            long total = analyses.stream().mapToLong(Lexicon.Analysis::count).sum();
            if (whole || total >= MIN_COUNT || Tokenizer.unspaced(form)
                    || analyses.stream().anyMatch(a -> CLOSED.contains(a.upos()))) {
                kept.put(form, analyses);
            }
        }
        SentenceParser parser = new SentenceParser(finder, CaseMarkers.none());
        for (String example : examples) {
            for (String token : parser.tokens(example)) {
                if (lexicon.contains(token)) {
                    kept.putIfAbsent(token, lexicon.analyses(token));
                }
            }
        }
        return rows(kept);
    }

    /**
     * WordNet's analyses of the examples' words (English), which the page's reader adds to its word list
     * as explain adds WordNet's to the lexicon: the examples read as explain reads them.
     */
    static Map<String, Object> wordNet(WordFinder finder, List<String> examples) {
        return beyondLexicon(finder, examples, finder::wordNetAnalyses);
    }

    /**
     * The morphological dictionary's analyses of the examples' words (the languages with one), which the page's
     * reader consults where its word list lacks a form, as explain does: an example such as Russian
     * "книгу читает мальчик", whose verb form no treebank had, reads on the page as in explain.
     */
    static Map<String, Object> dictionary(WordFinder finder, List<String> examples) {
        return beyondLexicon(finder, examples, finder::dictionaryAnalyses);
    }

    /** Per example word, the analyses {@code source} gives it (words it gives none are left out). */
    private static Map<String, Object> beyondLexicon(WordFinder finder, List<String> examples,
                                                     Function<String, List<Lexicon.Analysis>> source) {
        Map<String, List<Lexicon.Analysis>> found = new java.util.TreeMap<>();
        SentenceParser parser = new SentenceParser(finder, CaseMarkers.none());
        for (String example : examples) {
            for (String token : parser.tokens(example)) {
                List<Lexicon.Analysis> analyses = source.apply(token);
                if (!analyses.isEmpty()) {
                    found.put(token, analyses);
                }
            }
        }
        return rows(found);
    }

    /** Per form, one row per analysis: UPOS, FEATS, animacy, count and the lemma where it is not the form. */
    private static Map<String, Object> rows(Map<String, List<Lexicon.Analysis>> byForm) {
        Map<String, Object> out = new LinkedHashMap<>();
        byForm.forEach((form, analyses) -> {
            List<Object> rows = new ArrayList<>();
            for (Lexicon.Analysis a : analyses) {
                // the lemma only where it differs from the form: it is read for case markers alone
                rows.add(List.of(a.upos(), feats(a.feats()), a.animacy() == null ? "" : a.animacy(), a.count(),
                        a.lemma().equals(form) ? "" : a.lemma()));
            }
            out.put(form, rows);
        });
        return out;
    }

    private static String feats(Map<String, String> feats) {
        List<String> pairs = new ArrayList<>();
        new java.util.TreeMap<>(feats).forEach((k, v) -> pairs.add(k + "=" + v));
        return String.join("|", pairs);
    }
}
