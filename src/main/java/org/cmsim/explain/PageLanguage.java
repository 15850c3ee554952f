package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.Vocabulary;
import org.cmsim.competition.RuleReader;
import org.cmsim.io.InputException;
import org.cmsim.listener.CaseMarkers;
import org.cmsim.listener.Lexicon;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ConfigNames;
import org.cmsim.model.Cue;
import org.cmsim.model.CueEntry;
import org.cmsim.model.CueKind;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Language;
import org.cmsim.model.Order;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * One language of the playground, made in the browser from what the page carries for it
 * ({@link Playground#languageJson}): its features and cues, its listeners (each rule's reader and
 * parameters by name, in the page's order, which is the registry's; the head's weights) and, when the run had a
 * lexicon, the page's word list (with WordNet's readings of the examples' words for English, the morphological
 * dictionary's for the languages that have one). What {@code cmsim explain} reads from files and fits, the page
 * carries; from there on both read a sentence with the same classes ({@link SentenceParser},
 * {@link FeatureReader}, {@link Explanation}, {@link Listeners}).
 */
final class PageLanguage {

    /** The keys whose objects are read form by form, when a sentence asks for a form ({@link PageJson}). */
    static final Set<String> LAZY = Set.of("lexicon", "wordNet", "dictionary");

    /** What messages call the page's word list. */
    static final String WORD_LIST = "this page's word list";

    final String name;
    final Optional<Language> language;
    final FeatureSpace features;
    final Listeners listeners;
    /** The rule whose parameters the page's sliders move. */
    final String sliders;
    final String source;
    private final SentenceParser parser;   // the parser and the feature reader are null without a lexicon
    private final FeatureReader reader;

    private PageLanguage(String name, Optional<Language> language, FeatureSpace features, Listeners listeners,
                         String sliders, String source, WordFinder finder) {
        this.name = name;
        this.language = language;
        this.features = features;
        this.listeners = listeners;
        this.sliders = sliders;
        this.source = source;
        boolean readable = finder != null && language.isPresent();
        this.parser = readable ? new SentenceParser(finder, CaseMarkers.of(language, features)) : null;
        this.reader = readable ? new FeatureReader(features, language.get(), finder) : null;
    }

    @SuppressWarnings("unchecked")
    static PageLanguage of(Map<String, Object> json) {
        String name = (String) json.get("name");
        Optional<Language> language = Language.ofCode((String) json.get("language"));
        List<Feature> declared = new ArrayList<>();
        for (Object f : (List<Object>) json.get("features")) {
            Map<String, Object> feature = (Map<String, Object>) f;
            declared.add(new Feature((String) feature.get("name"), strings(feature.get("values"))));
        }
        FeatureSpace features = new FeatureSpace(declared);
        List<Cue> cues = new ArrayList<>();
        for (Object c : (List<Object>) json.get("cues")) {
            cues.add(cue(features, (Map<String, Object>) c));
        }
        List<Listeners.Rule> rules = new ArrayList<>();
        for (Object r : (List<Object>) json.get("rules")) {
            Map<String, Object> rule = (Map<String, Object>) r;
            rules.add(new Listeners.Rule((String) rule.get("name"), RuleReader.labelled((String) rule.get("reader")),
                    numbers(rule.get("parameters"))));
        }
        Listeners listeners = new Listeners(cues, rules, head(features, (Map<String, Object>) json.get("head")));
        String sliders = (String) ((Map<String, Object>) json.get("sliders")).get("rule");
        WordFinder finder = null;
        if (json.get("lexicon") != null) {
            Lexicon lexicon = Lexicon.described(WORD_LIST, new PageWordList((Map<String, Object>) json.get("lexicon")));
            Object wordNet = json.get("wordNet");
            Object dictionary = json.get("dictionary");
            finder = wordNet != null
                    ? WordFinder.withWordNetForms(lexicon, new PageWordList((Map<String, Object>) wordNet))
                    : dictionary != null
                    ? WordFinder.withDictionaryForms(lexicon, new PageWordList((Map<String, Object>) dictionary))
                    : WordFinder.of(lexicon);
        }
        return new PageLanguage(name, language, features, listeners, sliders, (String) json.get("source"), finder);
    }

    /** How the language's listeners read a typed sentence, as {@code cmsim explain} does. */
    Explanation explain(String sentence) throws InputException {
        if (language.isEmpty()) {
            throw InputException.written("sentence", "the config of " + name + " names no \"language\", so its"
                    + " sentences cannot be read: build the sentence below");
        }
        if (parser == null) {
            throw InputException.written("sentence", "this run has no lexicon for " + name + ": build the sentence below");
        }
        SentenceParser.Clause clause = parser.parse(sentence);
        return Explanation.of(name, clause, reader.read(clause, List.of()), listeners, source);
    }

    /**
     * A stimulus given as {@code {order, n1: {feature: value}, v: {...}, n2: {...}}}, a value possibly a set
     * ({@code nom|acc}, as the conflicts carry it); a missing value is unknown.
     */
    @SuppressWarnings("unchecked")
    Stimulus stimulus(Map<String, Object> json) {
        FeatureValues[] slots = new FeatureValues[Slot.values().length];
        for (Slot slot : Slot.values()) {
            Map<String, Object> values = (Map<String, Object>) json.get(slot.label());
            int[] allowed = new int[features.size()];
            for (int f = 0; f < allowed.length; f++) {
                Object value = values == null ? null : values.get(features.feature(f).name());
                allowed[f] = value == null ? 0 : allowedOrUnknown(features.feature(f), (String) value);
            }
            slots[slot.ordinal()] = FeatureValues.ofAllowed(allowed);
        }
        Order order = Order.parse((String) json.get("order"))
                .orElseThrow(() -> new IllegalArgumentException("no order " + json.get("order")));
        return new Stimulus(order, slots[0], slots[1], slots[2]);
    }

    /** The value or set ({@code nom|acc}) a page's cell names; a value the feature does not declare is unknown. */
    private static int allowedOrUnknown(Feature feature, String value) {
        try {
            return feature.allowed(value);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** A cue from its config entry as the page carries it, read by its kind's registered reader ({@link CueKind}). */
    private static Cue cue(FeatureSpace features, Map<String, Object> json) {
        CueKind kind = CueKind.named((String) json.get("kind"));
        if (kind == null) {
            throw new IllegalArgumentException("no cue kind " + json.get("kind"));
        }
        return kind.read(new MapEntry(json), features);
    }

    /** A cue entry of the page's data: what {@link Cue#configEntry} wrote, so every field a kind needs is there. */
    private record MapEntry(Map<String, Object> json) implements CueEntry {
        @Override
        public String required(String field) {
            return optional(field).orElseThrow(() -> new CueEntry.Invalid(field, -1, "is required"));
        }

        @Override
        public Optional<String> optional(String field) {
            return Optional.ofNullable((String) json.get(field));
        }

        @Override
        public List<String> list(String field) {
            if (json.get(field) == null) {
                throw new CueEntry.Invalid(field, -1, "is required");
            }
            return strings(json.get(field));
        }

        @Override
        public List<String> optionalList(String field) {
            return json.get(field) == null ? List.of() : strings(json.get(field));
        }
    }

    /**
     * The head whose weights the page carries ({@link AttentionHead#export}); its training settings are
     * the defaults, which reading does not use.
     */
    @SuppressWarnings("unchecked")
    private static AttentionHead head(FeatureSpace features, Map<String, Object> json) {
        Map<String, double[]> embeddings = new LinkedHashMap<>();
        ((Map<String, Object>) json.get("embeddings")).forEach((row, vector) -> embeddings.put(row, vector(vector)));
        AttentionSettings defaults = AttentionSettings.DEFAULTS;
        AttentionSettings settings = new AttentionSettings(integer(json.get("dModel")), integer(json.get("dK")),
                integer(json.get("dV")), readout((String) json.get("readout")), query((String) json.get("query")),
                defaults.epochs(), defaults.batchSize(), defaults.learningRate(), defaults.l2(), defaults.heldOut(),
                defaults.patience(), defaults.l2Choice());
        Object b = json.get("b");
        AttentionHead.Export export = new AttentionHead.Export(embeddings, matrix(json.get("W_Q")),
                matrix(json.get("W_K")), matrix(json.get("W_V")), vector(json.get("queryVector")), vector(json.get("w")),
                b == null ? null : (Double) b);
        return AttentionHead.fromExport(new Vocabulary(features), settings, export);
    }

    private static AttentionSettings.Readout readout(String text) {
        return ConfigNames.parse(AttentionSettings.Readout.values(), text)
                .orElseThrow(() -> new IllegalArgumentException("no readout " + text));
    }

    private static AttentionSettings.QuerySource query(String text) {
        return ConfigNames.parse(AttentionSettings.QuerySource.values(), text)
                .orElseThrow(() -> new IllegalArgumentException("no query " + text));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object json) {
        List<String> out = new ArrayList<>();
        for (Object s : (List<Object>) json) {
            out.add((String) s);
        }
        return out;
    }

    /** Numbers by name; null (how the page writes a number that is not finite) is NaN. */
    @SuppressWarnings("unchecked")
    static Map<String, Double> numbers(Object json) {
        Map<String, Double> out = new LinkedHashMap<>();
        ((Map<String, Object>) json).forEach((k, v) -> out.put(k, number(v)));
        return out;
    }

    private static double number(Object json) {
        return json == null ? Double.NaN : (Double) json;
    }

    private static int integer(Object json) {
        return (int) (double) (Double) json;
    }

    @SuppressWarnings("unchecked")
    private static double[] vector(Object json) {
        if (json == null) {
            return null;
        }
        List<Object> list = (List<Object>) json;
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (Double) list.get(i);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static double[][] matrix(Object json) {
        if (json == null) {
            return null;
        }
        List<Object> rows = (List<Object>) json;
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = vector(rows.get(r));
        }
        return m;
    }
}
