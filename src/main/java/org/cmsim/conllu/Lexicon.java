package org.cmsim.conllu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cmsim.io.Table;

/**
 * The word list an import writes beside its corpus ({@code --lexicon}) for {@code cmsim explain}: one
 * row per distinct (form lower-cased, lemma, UPOS, FEATS) with its token count, and for nouns, proper
 * nouns and pronouns the animacy the import's sources give it ({@link AnimacyResolver}, the same
 * precedence as for argument nouns). Punctuation, symbols, numbers and unanalysed words (PUNCT, SYM,
 * NUM, X) are left out. Rows are sorted by form, then count (most frequent first), then the other
 * columns, so the file is the same for the same treebanks.
 */
public final class Lexicon {

    public static final String HEADER = "form,lemma,upos,feats,animacy,count";
    private static final Set<String> LEFT_OUT = Set.of("PUNCT", "SYM", "X", "NUM");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON");

    /** One row of the word list; {@code feats} is empty for {@code _}, {@code animacy} empty when unknown. */
    public record Entry(String form, String lemma, String upos, String feats, String animacy, long count) {
    }

    private final AnimacyResolver animacy;
    /** (form, lemma, upos, feats) -> {animacy} and its token count. */
    private final Map<List<String>, String> animacyOf = new HashMap<>();
    private final Map<List<String>, long[]> counts = new HashMap<>();

    /** {@code animacy} should be a resolver of its own, so that the import's counts of argument nouns stay apart. */
    public Lexicon(AnimacyResolver animacy) {
        this.animacy = animacy;
    }

    /** Counts the words of one sentence. */
    public void add(List<Token> tokens) {
        for (Token token : tokens) {
            if (LEFT_OUT.contains(token.upos())) {
                continue;
            }
            String feats = token.feats().equals("_") ? "" : token.feats();
            List<String> key = List.of(token.form().toLowerCase(Locale.ROOT), token.lemma(), token.upos(), feats);
            long[] count = counts.get(key);
            if (count == null) {
                String resolved = NOMINAL.contains(token.upos())
                        ? animacy.animacy(token, NounFeatures.annotatedAnimacy(token)) : null;
                animacyOf.put(key, resolved == null ? "" : resolved);
                count = new long[1];
                counts.put(key, count);
            }
            count[0]++;
        }
    }

    /** The rows, sorted by form, then count descending, then lemma, UPOS, FEATS, animacy. */
    public List<Entry> entries() {
        List<Entry> sorted = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> sorted.add(new Entry(key.get(0), key.get(1), key.get(2), key.get(3),
                animacyOf.get(key), count[0])));
        sorted.sort(Comparator.comparing(Entry::form).thenComparing(Entry::count, Comparator.reverseOrder())
                .thenComparing(Entry::lemma).thenComparing(Entry::upos).thenComparing(Entry::feats)
                .thenComparing(Entry::animacy));
        return sorted;
    }

    /** The word list as CSV, header first, cells quoted as RFC 4180 requires. */
    public String csv() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries()) {
            out.append(Table.quote(entry.form())).append(',').append(Table.quote(entry.lemma())).append(',')
                    .append(Table.quote(entry.upos())).append(',').append(Table.quote(entry.feats())).append(',')
                    .append(entry.animacy()).append(',').append(entry.count()).append('\n');
        }
        return out.toString();
    }
}
