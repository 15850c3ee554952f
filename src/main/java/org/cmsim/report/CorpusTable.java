package org.cmsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;

/**
 * The report's corpus table: clauses (tokens, weighted by {@code count}) per language and genre, read
 * from the {@code genre} column that {@code cmsim import-conllu} writes (corpora/README.md, "Genres").
 * A corpus without that column counts under "(no genre column)".
 */
public final class CorpusTable {

    static final String GENRE = "genre";
    static final String NO_GENRE = "(no genre column)";

    private CorpusTable() {
    }

    /** Tokens per genre of one corpus, genres sorted by name. */
    public static Map<String, Long> clausesByGenre(SentenceCorpus corpus) {
        Map<String, Long> byGenre = new TreeMap<>();
        for (Sentence sentence : corpus.sentences()) {
            String genre = sentence.extra().get(GENRE);
            byGenre.merge(genre == null ? NO_GENRE : genre.strip(), sentence.count(), Long::sum);
        }
        return byGenre;
    }

    /** An HTML table: one row per language, one column per genre seen in any corpus, and the total. */
    public static String html(Map<String, SentenceCorpus> corpora) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        TreeSet<String> genres = new TreeSet<>();
        List<String> languages = new ArrayList<>(corpora.keySet());
        for (String language : languages) {
            Map<String, Long> byGenre = clausesByGenre(corpora.get(language));
            counts.put(language, byGenre);
            genres.addAll(byGenre.keySet());
        }
        List<String> header = new ArrayList<>(List.of("language"));
        genres.forEach(genre -> header.add(Html.escape(genre)));
        header.add("all");
        List<List<String>> rows = new ArrayList<>();
        for (String language : languages) {
            List<String> row = new ArrayList<>(List.of(Html.escape(language)));
            long total = 0;
            for (String genre : genres) {
                long n = counts.get(language).getOrDefault(genre, 0L);
                total += n;
                row.add(n == 0 ? "" : Long.toString(n));
            }
            row.add(Long.toString(total));
            rows.add(row);
        }
        return "<p>Clauses per language and genre (tokens after the config's <code>select</code>; the genre of"
                + " each source treebank is listed in corpora/README.md).</p>\n" + Html.table(header, rows);
    }
}
