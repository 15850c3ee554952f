package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.listener.ClauseReading;
import org.cmsim.listener.ClauseWords;
import org.cmsim.listener.ListenerReader;
import org.cmsim.listener.Phrase;
import org.cmsim.listener.Word;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Language;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Turns a parsed sentence into the feature values the config declares, through the listener's reader
 * ({@link ListenerReader}), the one reader {@code import-conllu} counts its corpora with: the parser
 * decides which words form the two noun phrases and the verb group, the reader what their forms allow.
 * A feature's value is one value, the values the form allows joined by {@code |} (German "die Katze":
 * {@code nom|acc}), or unknown; values the config does not declare are left out of a set. Values given
 * with {@code --feature} win.
 */
public final class FeatureReader {

    /**
     * A word's reading: its form, per declared feature a value (a set joined by {@code |}; null when
     * unknown) and where it came from, and how its phrase was resolved.
     */
    public record SlotReading(Slot slot, String word, Map<String, String> values, Map<String, String> reasons,
                              org.cmsim.listener.SlotReading.Resolution resolution) {
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
    private final ListenerReader listener;
    private final String lexicon;
    private final boolean wordNet;

    /** A reader for a language's features ({@code language} selects the reader's closed classes). */
    public FeatureReader(FeatureSpace space, Language language, WordFinder finder) {
        this.space = space;
        this.listener = new ListenerReader(language.code());
        this.lexicon = finder.lexicon().description();
        this.wordNet = finder.hasWordNet();
    }

    public Reading read(SentenceParser.Clause clause, List<String> overrides) throws InputException {
        Map<Slot, Map<String, String>> given = overrides(overrides);
        requireKnown(clause.n1().noun(), Slot.N1, given);
        requireKnown(clause.verb(), Slot.V, given);
        requireKnown(clause.n2().noun(), Slot.N2, given);
        ClauseReading reading = listener.read(words(clause));
        SlotReading n1 = declared(Slot.N1, reading.n1(), given.get(Slot.N1), ListenerReader.NOUN_FEATURES);
        SlotReading v = declared(Slot.V, reading.v(), given.get(Slot.V), ListenerReader.VERB_FEATURES);
        SlotReading n2 = declared(Slot.N2, reading.n2(), given.get(Slot.N2), ListenerReader.NOUN_FEATURES);
        return new Reading(new Stimulus(reading.order(), codes(n1), codes(v), codes(n2)), n1, v, n2);
    }

    /** The parsed clause as the listener's reader takes it: two noun phrases and the verb group. */
    static ClauseWords words(SentenceParser.Clause clause) {
        List<Word> group = new ArrayList<>(clause.auxiliaries());
        group.add(clause.verb());
        return new ClauseWords(phrase(clause.n1()), group, clause.verb(), phrase(clause.n2()));
    }

    private static Phrase phrase(SentenceParser.NounPhrase p) {
        return new Phrase(p.noun(), p.determiners(), p.adjectives(), p.markers(), false);
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

    /**
     * The reader's values of the features the config declares: a set keeps the declared values (unknown
     * when none is declared); a verb carries only the verb features, as in the corpus.
     */
    private SlotReading declared(Slot slot, org.cmsim.listener.SlotReading read, Map<String, String> given,
                                 List<String> slotFeatures) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Feature feature : space.features()) {
            String name = feature.name();
            if (given.containsKey(name)) {
                values.put(name, given.get(name));
                reasons.put(name, "given by --feature");
                continue;
            }
            if (!slotFeatures.contains(name)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            List<String> undeclared = new ArrayList<>();
            for (String value : read.get(name)) {
                (feature.code(value) >= 0 ? kept : undeclared).add(value);
            }
            String reason = read.reasons().getOrDefault(name, "not marked");
            if (kept.isEmpty() && !undeclared.isEmpty()) {
                reason = "'" + String.join("|", undeclared) + "' is not a declared value";
            }
            values.put(name, kept.isEmpty() ? null : String.join(FeatureValues.SET_SEPARATOR, kept));
            reasons.put(name, reason);
        }
        return new SlotReading(slot, read.word().form(), values, reasons, read.resolution());
    }

    private FeatureValues codes(SlotReading reading) {
        int[] masks = new int[space.size()];
        for (int f = 0; f < space.size(); f++) {
            String value = reading.values().get(space.feature(f).name());   // absent for a verb's noun features
            if (value == null) {
                continue;
            }
            int start = 0;
            while (start <= value.length()) {
                int bar = value.indexOf('|', start);
                int end = bar < 0 ? value.length() : bar;
                masks[f] |= FeatureValues.mask(space.feature(f).code(value.substring(start, end)));
                start = end + 1;
            }
        }
        return FeatureValues.ofAllowed(masks);
    }
}
