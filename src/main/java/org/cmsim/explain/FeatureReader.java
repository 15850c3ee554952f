package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cmsim.conllu.AnimacyResolver;
import org.cmsim.conllu.ClauseExtractor;
import org.cmsim.conllu.ClauseFeatures;
import org.cmsim.conllu.Token;
import org.cmsim.io.InputException;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Language;
import org.cmsim.model.Order;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Turns a parsed clause into the feature values the config declares, by the import's own rules
 * (clause rules version 2, through {@link ClauseFeatures}): the noun features of
 * {@code conllu/NounFeatures} (case from the noun, else its determiner or case marker; number, gender,
 * person; marker and clitic where the language has them; animacy as the lexicon records the import's
 * reading, else the annotation), and the verb's number and person from the finite verb (the first
 * finite auxiliary, else the verb when it is finite or has a person), whose position also gives the
 * order.
 *
 * <p>An ambiguous form is resolved by agreement inside its phrase: every combination of the noun's
 * and its determiners' analyses that agree on case, number and gender is kept, and a feature is known
 * when all kept combinations give it one value (German "der Hund": nominative; Russian "мать":
 * nominative or accusative, so case stays unknown). Values given with {@code --feature} win.
 */
public final class FeatureReader {

    private static final List<String> AGREEING = List.of("Case", "Number", "Gender");

    /** How a noun's features were settled against its determiners and markers. */
    public enum Resolution {
        /** The verb, or a noun with no determiner or marker: its own readings alone. */
        WORD_ALONE,
        /** The readings of noun and dependents that agree on case, number and gender. */
        AGREEMENT,
        /**
         * No reading of the noun agrees, and a dependent carries case: the dependent's case decides
         * (German "den Hund", where the word list has "Hund" only nominative and dative). Never where
         * determiners carry no case (French, Italian, Spanish, Dutch articles).
         */
        CASE_FROM_DETERMINER,
        /** No reading agrees and no dependent carries case: the noun's own readings, dependents ignored. */
        DEPENDENTS_IGNORED
    }

    /**
     * A word's reading: its form, per declared feature a value (null when unknown) and where it came
     * from, and how its phrase was resolved.
     */
    public record SlotReading(Slot slot, String word, Map<String, String> values, Map<String, String> reasons,
                              Resolution resolution) {
        public SlotReading {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }
    }

    /** The stimulus the models read and the three words' readings. */
    public record Reading(Stimulus stimulus, SlotReading n1, SlotReading v, SlotReading n2) {
        public SlotReading slot(Slot slot) {
            return switch (slot) {
                case N1 -> n1;
                case V -> v;
                case N2 -> n2;
            };
        }
    }

    private final FeatureSpace space;
    private final String language;
    private final String lexicon;
    private final boolean wordNet;

    /** A reader for a language's features, by its clause rules ({@code language} selects the import's tables). */
    public FeatureReader(FeatureSpace space, Language language, WordFinder finder) {
        this.space = space;
        this.language = language.code();
        this.lexicon = finder.lexicon().description();
        this.wordNet = finder.hasWordNet();
    }

    public Reading read(SentenceParser.Clause clause, List<String> overrides) throws InputException {
        Map<Slot, Map<String, String>> given = overrides(overrides);
        SlotReading n1 = noun(Slot.N1, clause, clause.n1(), given.get(Slot.N1));
        FiniteVerbReading finite = FiniteVerbReading.of(clause);
        SlotReading v = reading(Slot.V, clause.verb(), finite.values(), given.get(Slot.V), finite.note(),
                Resolution.WORD_ALONE);
        SlotReading n2 = noun(Slot.N2, clause, clause.n2(), given.get(Slot.N2));
        requireKnown(clause.n1().noun(), Slot.N1, given);
        requireKnown(clause.verb(), Slot.V, given);
        requireKnown(clause.n2().noun(), Slot.N2, given);
        int verbAt = finite.word().position();
        Order order = verbAt < clause.n1().noun().position() ? Order.VNN
                : verbAt < clause.n2().noun().position() ? Order.NVN : Order.NNV;
        return new Reading(new Stimulus(order, codes(n1), codes(v), codes(n2)), n1, v, n2);
    }

    /** A word nobody knows may stand only when its features are given by hand. */
    private void requireKnown(Word word, Slot slot, Map<Slot, Map<String, String>> given) throws InputException {
        if (word.known() || !given.get(slot).isEmpty()) {
            return;
        }
        String example = "--feature " + slot.label() + "." + example(slot == Slot.V ? "number" : "animacy");
        throw InputException.written("sentence word " + (word.position() + 1) + " '" + word.form() + "'",
                "not in " + lexicon + (wordNet ? " nor in WordNet" : "") + "; read as "
                        + (slot == Slot.V ? "the verb" : "a noun") + " (" + slot.label() + "), it needs its features"
                        + " by hand, e.g. " + example + " (one --feature SLOT.FEATURE=VALUE per feature; features: "
                        + featureList() + ")");
    }

    /** FEATURE=VALUE for {@code preferred} when the language has it, else for its first feature. */
    private String example(String preferred) {
        int f = Math.max(0, space.indexOf(preferred));
        return space.feature(f).name() + "=" + space.feature(f).values().get(0);
    }

    private String featureList() {
        List<String> names = new ArrayList<>();
        for (Feature f : space.features()) {
            names.add(f.name() + " " + String.join("/", f.values()));
        }
        return String.join(", ", names);
    }

    private Map<Slot, Map<String, String>> overrides(List<String> texts) throws InputException {
        Map<Slot, Map<String, String>> given = new java.util.EnumMap<>(Slot.class);
        for (Slot s : Slot.values()) {
            given.put(s, new LinkedHashMap<>());
        }
        for (String text : texts) {
            int dot = text.indexOf('.');
            int eq = text.indexOf('=');
            Slot slot = dot < 0 ? null : switch (text.substring(0, dot)) {
                case "n1" -> Slot.N1;
                case "n2" -> Slot.N2;
                case "v" -> Slot.V;
                default -> null;
            };
            if (slot == null || eq < dot) {
                throw InputException.written("--feature " + text, "write SLOT.FEATURE=VALUE with SLOT n1, v or n2");
            }
            String name = text.substring(dot + 1, eq);
            String value = text.substring(eq + 1);
            int f = space.indexOf(name);
            if (f < 0) {
                throw InputException.written("--feature " + text, "'" + name + "' is not a feature of this language ("
                        + featureList() + ")");
            }
            if (space.feature(f).code(value) < 0) {
                throw InputException.written("--feature " + text, "'" + value + "' is not a value of " + name + " ("
                        + String.join(", ", space.feature(f).values()) + ")");
            }
            given.get(slot).put(name, value);
        }
        return given;
    }

    private SlotReading noun(Slot slot, SentenceParser.Clause clause, SentenceParser.NounPhrase phrase,
                             Map<String, String> given) {
        List<Word> dependents = new ArrayList<>(phrase.determiners());
        dependents.addAll(phrase.markers());
        List<Map<String, String>> kept = new ArrayList<>();
        for (Lexicon.Analysis head : phrase.noun().analyses()) {
            combine(clause, phrase, head, dependents, 0, new ArrayList<>(), kept);
        }
        Resolution resolution = dependents.isEmpty() ? Resolution.WORD_ALONE : Resolution.AGREEMENT;
        String note = "";
        if (kept.isEmpty() && carriesCase(dependents) && !phrase.noun().analyses().isEmpty()) {
            // A noun's case readings are only those its form happened to carry in the treebank (German
            // "Hund" is seen nominative and dative, never accusative, in the same form): when none agrees
            // with the determiners, their case decides, as the import's rule does for a noun without a
            // Case feature ("den Hund": accusative), matched on the number and gender the noun's readings
            // agree on.
            combine(clause, phrase, caseless(phrase.noun().analyses()), dependents, 0, new ArrayList<>(), kept);
            resolution = Resolution.CASE_FROM_DETERMINER;
            note = kept.isEmpty() ? "" : " (case from its determiner: no reading of the noun itself agrees)";
        }
        if (kept.isEmpty()) {
            for (Lexicon.Analysis head : phrase.noun().analyses()) {
                kept.add(nounValues(clause, phrase, head, List.of(), List.of()));
            }
            resolution = dependents.isEmpty() ? Resolution.WORD_ALONE : Resolution.DEPENDENTS_IGNORED;
            note = " (its determiners agree with no reading of it)";
        }
        SlotReading reading = reading(slot, phrase.noun(), kept, given, note, resolution);
        return particleCase(reading, phrase);
    }

    /**
     * Where a noun's case came from its particle alone (Japanese が, を: neither the noun nor a dependent
     * carries a Case feature), the reason names the particle.
     */
    private static SlotReading particleCase(SlotReading reading, SentenceParser.NounPhrase phrase) {
        String value = reading.values().get("case");
        boolean annotated = phrase.noun().analyses().stream().anyMatch(a -> a.feats().containsKey("Case"))
                || carriesCase(phrase.determiners()) || carriesCase(phrase.markers());
        if (value == null || annotated || phrase.markers().isEmpty()
                || !"lexicon".equals(reading.reasons().get("case"))) {
            return reading;
        }
        Map<String, String> reasons = new LinkedHashMap<>(reading.reasons());
        reasons.put("case", "the particle '" + phrase.markers().get(0).form() + "' after it");
        return new SlotReading(reading.slot(), reading.word(), reading.values(), reasons, reading.resolution());
    }

    /** True when some reading of some determiner or marker has a Case feature. */
    private static boolean carriesCase(List<Word> dependents) {
        return dependents.stream().flatMap(w -> w.analyses().stream()).anyMatch(a -> a.feats().containsKey("Case"));
    }

    /**
     * The noun's most frequent reading without its case, with the number and gender on which every
     * reading that marks them agrees (and neither where its readings differ).
     */
    private static Lexicon.Analysis caseless(List<Lexicon.Analysis> readings) {
        Lexicon.Analysis first = readings.get(0);
        Map<String, String> feats = new LinkedHashMap<>(first.feats());
        feats.remove("Case");
        for (String f : List.of("Number", "Gender")) {
            List<String> values = readings.stream().map(r -> r.feats().get(f)).filter(v -> v != null).distinct()
                    .toList();
            feats.remove(f);
            if (values.size() == 1) {
                feats.put(f, values.get(0));
            }
        }
        return new Lexicon.Analysis(first.form(), first.lemma(), first.upos(), feats, first.animacy(), first.count());
    }

    private void combine(SentenceParser.Clause clause, SentenceParser.NounPhrase phrase, Lexicon.Analysis head,
                         List<Word> dependents, int i, List<Lexicon.Analysis> chosen, List<Map<String, String>> kept) {
        if (i == dependents.size()) {
            kept.add(nounValues(clause, phrase, head, dependents, chosen));
            return;
        }
        for (Lexicon.Analysis dependent : dependents.get(i).analyses()) {
            if (agree(head, dependent) && chosen.stream().allMatch(other -> agree(other, dependent))) {
                chosen.add(dependent);
                combine(clause, phrase, head, dependents, i + 1, chosen, kept);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private static boolean agree(Lexicon.Analysis a, Lexicon.Analysis b) {
        for (String f : AGREEING) {
            String x = a.feats().get(f);
            String y = b.feats().get(f);
            if (x != null && y != null && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /** The import's noun features for one reading of the phrase: the noun and its dependents as tokens. */
    private Map<String, String> nounValues(SentenceParser.Clause clause, SentenceParser.NounPhrase phrase,
                                           Lexicon.Analysis head, List<Word> dependents,
                                           List<Lexicon.Analysis> analyses) {
        Token noun = token(phrase.noun(), head, 0, "nsubj");
        Token verb = token(clause.verb(), firstOrBare(clause.verb()), 0, "root");
        List<Token> tokens = new ArrayList<>(List.of(noun));
        for (int d = 0; d < analyses.size(); d++) {
            Word w = dependents.get(d);
            tokens.add(token(w, analyses.get(d), noun.id(), w.role() == Role.MARKER ? "case" : "det"));
        }
        // the lexicon records the animacy the import gave this reading (annotation, WordNet or pronoun table)
        AnimacyResolver animacy = (token, annotated) -> head.animacy() != null ? head.animacy() : annotated;
        String[] values = ClauseFeatures.noun(language, noun, verb, tokens, animacy);
        Map<String, String> byName = new LinkedHashMap<>();
        for (int f = 0; f < values.length; f++) {
            byName.put(ClauseExtractor.NOUN_FEATURES.get(f), values[f]);
        }
        return byName;
    }

    private static Lexicon.Analysis firstOrBare(Word word) {
        return word.analyses().isEmpty() ? new Lexicon.Analysis(word.form(), word.form(), "VERB", Map.of(), null, 1)
                : word.analyses().get(0);
    }

    /** A word in one of its readings as the import's token, for the import's feature rules. */
    static Token token(Word word, Lexicon.Analysis analysis, int head, String deprel) {
        List<String> pairs = new ArrayList<>();
        new java.util.TreeMap<>(analysis.feats()).forEach((k, v) -> pairs.add(k + "=" + v));
        return new Token(word.position() + 1, word.form(), analysis.lemma(), analysis.upos(),
                pairs.isEmpty() ? "_" : String.join("|", pairs), head, deprel, 0);
    }

    /** Per declared feature: the single value all kept readings give, else unknown with the reason. */
    private SlotReading reading(Slot slot, Word word, List<Map<String, String>> kept, Map<String, String> given,
                                String note, Resolution resolution) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String source = switch (word.source()) {
            case LEXICON -> "lexicon";
            case WORDNET -> "WordNet";
            case UNKNOWN -> "unknown word";
        };
        for (Feature feature : space.features()) {
            String name = feature.name();
            if (slot == Slot.V && !ClauseExtractor.VERB_FEATURES.contains(name) && !given.containsKey(name)) {
                continue;   // a verb carries only number and person, as in the import
            }
            if (given.containsKey(name)) {
                values.put(name, given.get(name));
                reasons.put(name, "given by --feature");
                continue;
            }
            TreeSet<String> seen = new TreeSet<>();
            for (Map<String, String> m : kept) {
                if (m.get(name) != null) {
                    seen.add(m.get(name));
                }
            }
            if (seen.size() == 1 && feature.code(seen.first()) >= 0) {
                values.put(name, seen.first());
                reasons.put(name, source + note);
            } else {
                values.put(name, null);
                reasons.put(name, seen.isEmpty() ? (word.known() ? "not marked" : source)
                        : seen.size() > 1 ? "ambiguous (" + String.join(" or ", seen) + ")"
                        : "'" + seen.first() + "' is not a declared value");
            }
        }
        return new SlotReading(slot, word.form(), values, reasons, resolution);
    }

    private FeatureValues codes(SlotReading reading) {
        int[] codes = new int[space.size()];
        for (int f = 0; f < space.size(); f++) {
            String value = reading.values().get(space.feature(f).name());   // absent for a verb's noun features
            codes[f] = value == null ? FeatureValues.UNKNOWN : space.feature(f).code(value);
        }
        return new FeatureValues(codes);
    }

}
