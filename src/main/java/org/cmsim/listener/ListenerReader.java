package org.cmsim.listener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cmsim.model.Order;

/**
 * The listener's reader: what the forms of a clause's words allow a listener to conclude, feature by
 * feature. It is the one reader of cmsim: {@code import-conllu} gives it the words of each treebank
 * clause, {@code explain} and the playground the words of a typed sentence, so the same words give the
 * same features everywhere.
 *
 * <p><b>Noun phrases.</b> A phrase's case, number and gender are the values that its head, determiners,
 * adjectives and markers allow together: every combination of one analysis per word that agrees on
 * case, number and gender is kept, and a feature's values are the union over the kept combinations
 * (German "der Hund": Hund nom/acc/dat, der nom or dat/gen feminine or gen plural: together
 * nominative; "die Katze": nominative or accusative). When no combination agrees, adjectives are left
 * out, then the determiners' case decides, then the head is read alone ({@link SlotReading.Resolution}).
 * Person is 3 for nouns, the form's for pronouns; animacy is the word list's (the noun's meaning, or for
 * pronouns what the form tells), and a 1st or 2nd person pronoun is animate; a coordinated phrase is
 * plural and of no one gender; the marker is the form of its adposition or particle ({@code none}
 * without one); Japanese が and を give
 * the case ({@link LanguageForms#particleCase}).
 *
 * <p><b>The verb.</b> The finite word of the verb group is the first, in the order heard, with a finite
 * analysis (VerbForm=Fin, or an auxiliary with Person or Mood and no VerbForm); its analyses give the
 * verb's number and person (German "lieben": plural, 1st or 3rd person). Without one, the lexical verb's
 * analyses that have a person. The order is read from the finite word, except that a second-position
 * clitic auxiliary (Serbian, Croatian "je", "su") leaves it to the verb after it. The voice is passive
 * when a past participle stands with the language's passive auxiliary ("was kicked").
 *
 * <p><b>Clitics</b> (French, Italian, Spanish): an object clitic is an unstressed object pronoun heard
 * before the verb group; French nous and vous only where they follow the other noun phrase.
 */
public final class ListenerReader {

    /** The noun features the reader gives, in the corpus's column order. */
    public static final List<String> NOUN_FEATURES = List.of("animacy", "case", "gender", "number", "person",
            "marker", "clitic");
    /** The verb features the reader gives, in the corpus's column order. */
    public static final List<String> VERB_FEATURES = List.of("number", "person", "voice");
    /** The verb features no noun carries. */
    public static final List<String> VERB_ONLY_FEATURES = List.of("voice");
    /** The marker of a phrase without an adposition or particle. */
    public static final String NO_MARKER = "none";

    private static final List<String> AGREEING = List.of("Case", "Number", "Gender");
    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");

    private final String language;

    /** A reader for a language (ISO 639-1 code; empty for none: no language's closed classes). */
    public ListenerReader(String language) {
        this.language = language;
    }

    public ClauseReading read(ClauseWords clause) {
        VerbGroup group = verbGroup(clause);
        int verbAt = group.orderWord().position();
        Order order = verbAt < clause.n1().head().position() ? Order.VNN
                : verbAt < clause.n2().head().position() ? Order.NVN : Order.NNV;
        int groupStart = clause.verbGroup().get(0).position();
        SlotReading n1 = noun(clause.n1(), clause.n2(), groupStart);
        SlotReading n2 = noun(clause.n2(), clause.n1(), groupStart);
        return new ClauseReading(order, n1, group.reading(), n2, group.orderWord());
    }

    // ---------------------------------------------------------------- noun phrases

    private SlotReading noun(Phrase phrase, Phrase other, int groupStart) {
        Word head = phrase.head();
        List<Word> dependents = withAnalyses(phrase.dependents());
        List<Combination> kept = new ArrayList<>();
        SlotReading.Resolution resolution = dependents.isEmpty() ? SlotReading.Resolution.WORD_ALONE
                : SlotReading.Resolution.AGREEMENT;
        String note = "";
        combineAll(head.analyses(), dependents, kept);
        if (kept.isEmpty() && !phrase.adjectives().isEmpty()) {
            List<Word> withoutAdjectives = withAnalyses(without(phrase.dependents(), phrase.adjectives()));
            combineAll(head.analyses(), withoutAdjectives, kept);
            resolution = SlotReading.Resolution.ADJECTIVES_IGNORED;
            note = " (no analysis of its adjectives agrees)";
            dependents = withoutAdjectives;
        }
        if (kept.isEmpty() && carriesCase(dependents) && !head.analyses().isEmpty()) {
            combineAll(List.of(caseless(head.analyses())), dependents, kept);
            resolution = SlotReading.Resolution.CASE_FROM_DETERMINER;
            note = " (case from its determiner: no analysis of the noun itself agrees)";
        }
        if (kept.isEmpty()) {
            combineAll(head.analyses(), List.of(), kept);
            resolution = dependents.isEmpty() ? SlotReading.Resolution.WORD_ALONE
                    : SlotReading.Resolution.DEPENDENTS_IGNORED;
            note = dependents.isEmpty() ? "" : " (its determiners agree with no analysis of it)";
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String source = head.known() ? "its form" : "unknown word";
        put(values, reasons, "animacy", union(kept, c -> c.animacy == null ? null : List.of(c.animacy)),
                head.known() ? "the word list" : source);
        put(values, reasons, "case", union(kept, c -> c.features.get("Case")), caseSource(phrase, kept) + note);
        // a coordinated phrase's gender is no one conjunct's ("el hombre y la mujer")
        put(values, reasons, "gender", phrase.coordinated() ? List.of() : union(kept, c -> c.features.get("Gender")),
                phrase.coordinated() ? "a coordinated phrase" : source + note);
        List<String> number = phrase.coordinated() ? List.of("pl") : union(kept, c -> c.features.get("Number"));
        put(values, reasons, "number", number, phrase.coordinated() ? "a coordinated phrase" : source + note);
        put(values, reasons, "person", union(kept, c -> c.person), source);
        String marker = phrase.markers().isEmpty() ? NO_MARKER : LanguageForms.lower(phrase.markers().get(0).form());
        put(values, reasons, "marker", List.of(marker),
                phrase.markers().isEmpty() ? "no adposition or particle" : "the marker '" + marker + "'");
        String clitic = clitic(phrase, other, groupStart);
        put(values, reasons, "clitic", clitic == null ? List.of() : List.of(clitic),
                "yes".equals(clitic) ? "an object pronoun before the verb" : "not an object clitic",
                "the language has no clitic pronouns");
        return new SlotReading(head, values, reasons, resolution);
    }

    private static String caseSource(Phrase phrase, List<Combination> kept) {
        boolean fromParticle = !kept.isEmpty() && kept.stream().allMatch(c -> c.caseFromParticle);
        if (fromParticle) {
            return "the particle '" + phrase.markers().get(0).form() + "' after it";
        }
        return phrase.head().known() ? (phrase.dependents().isEmpty() ? "its form" : "its phrase") : "unknown word";
    }

    /** A feature's values and why: {@code source} when the form decides it, "not marked" when it does not. */
    private static void put(Map<String, List<String>> values, Map<String, String> reasons, String feature,
                            List<String> found, String source) {
        put(values, reasons, feature, found, source, source.equals("unknown word") ? source : "not marked");
    }

    /** As above, with the reason to give when nothing is found ("no finite verb"). */
    private static void put(Map<String, List<String>> values, Map<String, String> reasons, String feature,
                            List<String> found, String source, String whenNone) {
        values.put(feature, found);
        reasons.put(feature, found.isEmpty() ? whenNone
                : found.size() > 1 ? "the form allows " + String.join(" or ", found) : source);
    }

    /** One kept combination of analyses: agreeing feature values, person and animacy of the head. */
    private static final class Combination {
        final Map<String, List<String>> features = new LinkedHashMap<>();
        List<String> person;
        String animacy;
        boolean caseFromParticle;
    }

    /** The union over combinations or analyses; empty (unknown) when there are none or one does not mark it. */
    private static <T> List<String> union(List<T> kept, java.util.function.Function<T, List<String>> extract) {
        TreeSet<String> all = new TreeSet<>(Values.ORDER);
        if (kept.isEmpty()) {
            return List.of();
        }
        for (T c : kept) {
            List<String> v = extract.apply(c);
            if (v == null || v.isEmpty()) {
                return List.of();
            }
            all.addAll(v);
        }
        return List.copyOf(all);
    }

    private void combineAll(List<Lexicon.Analysis> heads, List<Word> dependents, List<Combination> kept) {
        for (Lexicon.Analysis head : heads) {
            combine(head, dependents, 0, new ArrayList<>(), kept);
        }
    }

    private void combine(Lexicon.Analysis head, List<Word> dependents, int i, List<Lexicon.Analysis> chosen,
                         List<Combination> kept) {
        if (i == dependents.size()) {
            kept.add(combination(head, chosen));
            return;
        }
        for (Lexicon.Analysis dependent : analyses(dependents.get(i))) {
            if (agree(head, dependent) && chosen.stream().allMatch(other -> agree(other, dependent))) {
                chosen.add(dependent);
                combine(head, dependents, i + 1, chosen, kept);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    /** A word's analyses; a case particle's is the case it marks. */
    private List<Lexicon.Analysis> analyses(Word word) {
        String particle = word.role() == Role.MARKER ? LanguageForms.particleCase(language, word.form()) : null;
        if (particle != null) {
            return List.of(new Lexicon.Analysis(word.form(), word.form(), "ADP",
                    Map.of("Case", particle.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + particle.substring(1),
                            PARTICLE, "Yes"), null, 1));
        }
        return word.analyses();
    }

    /** A feature only the reader's own particle analyses carry. */
    private static final String PARTICLE = "CaseParticle";

    private List<Word> withAnalyses(List<Word> words) {
        List<Word> out = new ArrayList<>();
        for (Word w : words) {
            if (!analyses(w).isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<Word> without(List<Word> words, List<Word> left) {
        List<Word> out = new ArrayList<>(words);
        out.removeAll(left);
        return out;
    }

    private Combination combination(Lexicon.Analysis head, List<Lexicon.Analysis> chosen) {
        Combination c = new Combination();
        for (String feature : AGREEING) {
            List<String> values = null;
            for (Lexicon.Analysis a : prepend(head, chosen)) {
                List<String> own = Values.of(a.feats(), feature);
                if (own.isEmpty()) {
                    continue;
                }
                values = values == null ? own : intersection(values, own);
            }
            c.features.put(feature, values == null ? List.of() : values);
        }
        c.caseFromParticle = head.feats().get("Case") == null && chosen.stream()
                .filter(a -> a.feats().get("Case") != null).allMatch(a -> "Yes".equals(a.feats().get(PARTICLE)))
                && chosen.stream().anyMatch(a -> "Yes".equals(a.feats().get(PARTICLE)));
        c.person = NOMINAL.contains(head.upos()) ? List.of("3") : Values.of(head.feats(), "Person");
        c.animacy = head.animacy() != null ? head.animacy()
                : head.upos().equals("PRON") && c.person.stream().allMatch(p -> p.equals("1") || p.equals("2"))
                        && !c.person.isEmpty() ? "animate" : null;
        return c;
    }

    private static List<Lexicon.Analysis> prepend(Lexicon.Analysis head, List<Lexicon.Analysis> rest) {
        List<Lexicon.Analysis> all = new ArrayList<>(rest.size() + 1);
        all.add(head);
        all.addAll(rest);
        return all;
    }

    private static List<String> intersection(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.retainAll(b);
        return out;
    }

    private static boolean agree(Lexicon.Analysis a, Lexicon.Analysis b) {
        for (String feature : AGREEING) {
            List<String> x = Values.of(a.feats(), feature);
            List<String> y = Values.of(b.feats(), feature);
            if (!x.isEmpty() && !y.isEmpty() && intersection(x, y).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private boolean carriesCase(List<Word> dependents) {
        return dependents.stream().flatMap(w -> analyses(w).stream()).anyMatch(a -> a.feats().containsKey("Case"));
    }

    /**
     * The head's most frequent analysis without its case, with the number and gender on which every
     * analysis that marks them agrees (and neither where they differ).
     */
    private static Lexicon.Analysis caseless(List<Lexicon.Analysis> analyses) {
        Lexicon.Analysis first = analyses.get(0);
        Map<String, String> feats = new LinkedHashMap<>(first.feats());
        feats.remove("Case");
        for (String f : List.of("Number", "Gender")) {
            List<String> values = analyses.stream().map(r -> r.feats().get(f)).filter(v -> v != null).distinct()
                    .toList();
            feats.remove(f);
            if (values.size() == 1) {
                feats.put(f, values.get(0));
            }
        }
        return new Lexicon.Analysis(first.form(), first.lemma(), first.upos(), feats, first.animacy(), first.count());
    }

    /** yes, no, or null where the language has no clitic pronouns. */
    private String clitic(Phrase phrase, Phrase other, int groupStart) {
        if (!LanguageForms.hasClitics(language)) {
            return null;
        }
        Word head = phrase.head();
        boolean pronoun = !head.analyses().isEmpty() && head.analyses().stream().allMatch(a -> a.upos().equals("PRON"));
        boolean clitic = pronoun && LanguageForms.clitics(language).contains(LanguageForms.lower(head.form()))
                && head.position() < groupStart
                && (!LanguageForms.subjectOrObject(language, head.form())
                        || other.head().position() < head.position());
        return clitic ? "yes" : "no";
    }

    // ---------------------------------------------------------------- the verb group

    private record VerbGroup(SlotReading reading, Word orderWord) {
    }

    private VerbGroup verbGroup(ClauseWords clause) {
        List<Word> group = clause.verbGroup();
        Word finite = null;
        List<Lexicon.Analysis> finiteAnalyses = List.of();
        for (Word w : group) {
            List<Lexicon.Analysis> f = w.analyses().stream().filter(ListenerReader::isFinite).toList();
            if (!f.isEmpty()) {
                finite = w;
                finiteAnalyses = f;
                break;
            }
        }
        String note;
        if (finite == null) {
            finiteAnalyses = clause.verb().analyses().stream().filter(a -> a.feats().containsKey("Person")).toList();
            note = finiteAnalyses.isEmpty() ? "no finite verb" : "its form";
        } else {
            note = finite == clause.verb() ? "its form" : "the finite auxiliary '" + finite.form() + "'";
        }
        Word orderWord = finite == null ? clause.verb() : finite;
        if (finite != null && LanguageForms.isClitic2Auxiliary(language, finite.form())) {
            orderWord = clause.verb();
            for (Word w : group) {
                if (w.position() > finite.position() && !LanguageForms.isClitic2Auxiliary(language, w.form())) {
                    orderWord = w;
                    break;
                }
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> number = union(finiteAnalyses, a -> Values.of(a.feats(), "Number"));
        List<String> person = union(finiteAnalyses, a -> Values.of(a.feats(), "Person"));
        String none = finite == null && finiteAnalyses.isEmpty() ? "no finite verb" : "not marked";
        put(values, reasons, "number", number, note, none);
        put(values, reasons, "person", person, note, none);
        boolean passive = passive(clause.verb(), group);
        put(values, reasons, "voice", List.of(passive ? "passive" : "active"),
                passive ? "a past participle with a passive auxiliary" : "no passive auxiliary with a participle");
        return new VerbGroup(new SlotReading(clause.verb(), values, reasons, SlotReading.Resolution.WORD_ALONE),
                orderWord);
    }

    /** VerbForm=Fin, or an auxiliary with Person or Mood and no VerbForm. */
    static boolean isFinite(Lexicon.Analysis a) {
        String form = a.feats().get("VerbForm");
        if (form == null) {
            return a.upos().equals("AUX") && (a.feats().containsKey("Person") || a.feats().containsKey("Mood"));
        }
        return Values.of(a.feats(), "VerbForm").contains("fin");
    }

    private boolean passive(Word verb, List<Word> group) {
        if (!verb.analyses().isEmpty() && verb.analyses().stream().allMatch(a -> "Pass".equals(a.feats().get("Voice")))) {
            return true;
        }
        // a past participle that is not an active one (the Serbian and Croatian l-participle of "je video"
        // is VerbForm=Part with Voice=Act: the perfect, not the passive)
        boolean participle = verb.analyses().stream().anyMatch(a -> Values.of(a.feats(), "VerbForm").contains("part")
                && !"Pres".equals(a.feats().get("Tense")) && !"Act".equals(a.feats().get("Voice")));
        if (!participle) {
            return false;
        }
        for (Word w : group) {
            if (w != verb && w.analyses().stream().anyMatch(a -> LanguageForms.isPassiveAuxiliary(language, a.lemma()))) {
                return true;
            }
        }
        return false;
    }
}
