package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cmsim.io.InputException;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Turns a parsed clause into the feature values the config declares, by the import's rules
 * (see {@code conllu/ClauseExtractor}): Case lower-cased, taken from a determiner when the noun has
 * none; Number Sing/Plur to sg/pl; Gender Masc/Fem/Neut to m/f/n; Person, third for a noun or proper
 * noun without it; animacy from the lexicon (a first or second person pronoun is animate); the verb's
 * number and person, or those of its auxiliary when it marks neither.
 *
 * <p>An ambiguous form is resolved by agreement inside its phrase: every combination of the noun's
 * and its determiners' analyses that agree on case, number and gender is kept, and a feature is known
 * when all kept combinations give it one value (German "der Hund": nominative; Russian "мать":
 * nominative or accusative, so case stays unknown). Values given with {@code --feature} win.
 */
public final class FeatureReader {

    private static final List<String> AGREEING = List.of("Case", "Number", "Gender");
    private static final List<String> VERB_FEATURES = List.of("number", "person");

    /** A word's reading: its form, and per declared feature a value (null when unknown) and where it came from. */
    public record SlotReading(Slot slot, String word, Map<String, String> values, Map<String, String> reasons) {
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
    private final java.nio.file.Path lexicon;
    private final boolean wordNet;

    public FeatureReader(FeatureSpace space, WordFinder finder) {
        this.space = space;
        this.lexicon = finder.lexicon().file();
        this.wordNet = finder.hasWordNet();
    }

    public Reading read(SentenceParser.Clause clause, List<String> overrides) throws InputException {
        Map<Slot, Map<String, String>> given = overrides(overrides);
        SlotReading n1 = noun(Slot.N1, clause.n1(), given.get(Slot.N1));
        SlotReading v = verb(clause, given.get(Slot.V));
        SlotReading n2 = noun(Slot.N2, clause.n2(), given.get(Slot.N2));
        requireKnown(clause.n1().noun(), Slot.N1, given);
        requireKnown(clause.verb(), Slot.V, given);
        requireKnown(clause.n2().noun(), Slot.N2, given);
        return new Reading(new Stimulus(clause.order(), codes(n1), codes(v), codes(n2)), n1, v, n2);
    }

    /** A word nobody knows may stand only when its features are given by hand. */
    private void requireKnown(Word word, Slot slot, Map<Slot, Map<String, String>> given) throws InputException {
        if (word.known() || !given.get(slot).isEmpty()) {
            return;
        }
        String example = slot == Slot.V ? "--feature v.number=sg" : "--feature " + slot.label() + ".animacy=animate";
        throw InputException.about("sentence word " + (word.position() + 1) + " '" + word.form() + "'",
                "not in %s%s; read as %s (%s), it needs its features by hand, e.g. %s"
                        + " (one --feature SLOT.FEATURE=VALUE per feature; features: %s)",
                lexicon, wordNet ? " nor in WordNet" : "", slot == Slot.V ? "the verb" : "a noun", slot.label(),
                example, featureList());
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
                throw InputException.about("--feature " + text, "write SLOT.FEATURE=VALUE with SLOT n1, v or n2");
            }
            String name = text.substring(dot + 1, eq);
            String value = text.substring(eq + 1);
            int f = space.indexOf(name);
            if (f < 0) {
                throw InputException.about("--feature " + text, "'%s' is not a feature of this language (%s)", name,
                        featureList());
            }
            if (space.feature(f).code(value) < 0) {
                throw InputException.about("--feature " + text, "'%s' is not a value of %s (%s)", value, name,
                        String.join(", ", space.feature(f).values()));
            }
            given.get(slot).put(name, value);
        }
        return given;
    }

    private SlotReading noun(Slot slot, SentenceParser.NounPhrase phrase, Map<String, String> given) {
        List<Map<String, String>> kept = new ArrayList<>();
        for (Lexicon.Analysis head : phrase.noun().analyses()) {
            combine(head, phrase.determiners(), 0, new ArrayList<>(), kept);
        }
        String note = "";
        if (kept.isEmpty()) {
            for (Lexicon.Analysis head : phrase.noun().analyses()) {
                kept.add(nounValues(head, List.of()));
            }
            note = phrase.determiners().isEmpty() ? "" : " (its determiners agree with no reading of it)";
        }
        return reading(slot, phrase.noun(), kept, given, note);
    }

    private void combine(Lexicon.Analysis head, List<Word> determiners, int i, List<Lexicon.Analysis> chosen,
                         List<Map<String, String>> kept) {
        if (i == determiners.size()) {
            kept.add(nounValues(head, chosen));
            return;
        }
        for (Lexicon.Analysis det : determiners.get(i).analyses()) {
            if (agree(head, det) && chosen.stream().allMatch(other -> agree(other, det))) {
                chosen.add(det);
                combine(head, determiners, i + 1, chosen, kept);
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

    /** The cmsim values of a noun analysis in the context of its determiners' analyses. */
    static Map<String, String> nounValues(Lexicon.Analysis head, List<Lexicon.Analysis> determiners) {
        Map<String, String> values = new LinkedHashMap<>();
        String caseValue = single(head.feats().get("Case"));
        for (Lexicon.Analysis det : determiners) {
            caseValue = caseValue != null ? caseValue : single(det.feats().get("Case"));
        }
        values.put("case", caseValue == null ? null : caseValue.toLowerCase(java.util.Locale.ROOT));
        values.put("number", UdValues.number(head.feats().get("Number")));
        values.put("gender", UdValues.gender(head.feats().get("Gender")));
        String person = UdValues.person(head.feats().get("Person"));
        if (person == null && (head.upos().equals("NOUN") || head.upos().equals("PROPN"))) {
            person = "3";
        }
        values.put("person", person);
        values.put("animacy", UdValues.animacy(head));
        values.put("definiteness", UdValues.definiteness(head, determiners));
        return values;
    }

    private SlotReading verb(SentenceParser.Clause clause, Map<String, String> given) {
        List<Map<String, String>> own = new ArrayList<>();
        for (Lexicon.Analysis a : clause.verb().analyses()) {
            own.add(verbValues(a));
        }
        boolean marks = own.stream().anyMatch(m -> m.get("number") != null || m.get("person") != null);
        if (!marks) {
            for (Word aux : clause.auxiliaries()) {
                List<Map<String, String>> auxValues = aux.analyses().stream().map(FeatureReader::verbValues).toList();
                if (auxValues.stream().anyMatch(m -> m.get("number") != null || m.get("person") != null)) {
                    return reading(Slot.V, clause.verb(), auxValues, given, " (from the auxiliary '" + aux.form() + "')");
                }
            }
        }
        return reading(Slot.V, clause.verb(), own, given, "");
    }

    private static Map<String, String> verbValues(Lexicon.Analysis a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", UdValues.number(a.feats().get("Number")));
        values.put("person", UdValues.person(a.feats().get("Person")));
        return values;
    }

    /** Per declared feature: the single value all kept readings give, else unknown with the reason. */
    private SlotReading reading(Slot slot, Word word, List<Map<String, String>> kept, Map<String, String> given,
                                String note) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        String source = switch (word.source()) {
            case LEXICON -> "lexicon";
            case WORDNET -> "WordNet";
            case UNKNOWN -> "unknown word";
        };
        for (Feature feature : space.features()) {
            String name = feature.name();
            if (slot == Slot.V && !VERB_FEATURES.contains(name) && !given.containsKey(name)) {
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
        return new SlotReading(slot, word.form(), values, reasons);
    }

    private FeatureValues codes(SlotReading reading) {
        int[] codes = new int[space.size()];
        for (int f = 0; f < space.size(); f++) {
            String value = reading.values().get(space.feature(f).name());   // absent for a verb's noun features
            codes[f] = value == null ? FeatureValues.UNKNOWN : space.feature(f).code(value);
        }
        return new FeatureValues(codes);
    }

    private static String single(String value) {
        return value == null || value.indexOf(',') >= 0 ? null : value;
    }
}
