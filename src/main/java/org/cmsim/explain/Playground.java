package org.cmsim.explain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cmsim.attention.AttentionHead;
import org.cmsim.design.Design;
import org.cmsim.model.ConfigNames;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.Parallel;

/**
 * playground.html: one offline page (no network, no server) that carries every language's fitted
 * listeners as JSON (every registered rule's parameters, in registry order, with its reader; the
 * multiplicative strengths with their intervals for the sliders; the head's embeddings and
 * projections, the lexicon's frequent forms, the corpus's conflict sentence types) and reads sentences
 * in the browser with the Java of {@code cmsim explain} itself: {@link PlaygroundScript} and what it
 * reaches, compiled to JavaScript by TeaVM when cmsim is built ({@value #COMPILED}). The page's own
 * script (playground-page.js) only draws. Both are resources beside this class, inlined in the page.
 */
public final class Playground {

    /** The build's JavaScript of {@link PlaygroundScript} (the TeaVM step in pom.xml), a resource beside this class. */
    static final String COMPILED = "playground-compiled.js";
    /** At most this many conflict sentence types per language, the most frequent first. */
    static final int CONFLICTS = 40;
    private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** A language on the page: its listeners, its word finder when it has a lexicon, and example sentences. */
    public record Language(ListenerModels models, Optional<WordFinder> finder, List<String> examples) {
        public Language {
            examples = List.copyOf(examples);
        }
    }

    private Playground() {
    }

    /**
     * A language for the page: its lexicon when one lies beside its corpus and the config names its
     * language (else only building works).
     */
    public static Language language(ListenerModels models) throws org.cmsim.io.InputException {
        return language(models, finder(models.config()));
    }

    /** A language for the page with the word finder {@link #finder} gave for its config. */
    public static Language language(ListenerModels models, Optional<WordFinder> finder) {
        return new Language(models, finder, models.config().language().map(Playground::examples).orElse(List.of()));
    }

    /**
     * A language's word finder, when a lexicon lies beside its corpus and the config names its language: what the
     * page reads sentences with. It needs the config alone, so a run can read it while it studies the language.
     */
    public static Optional<WordFinder> finder(org.cmsim.model.LanguageConfig config)
            throws org.cmsim.io.InputException {
        java.nio.file.Path corpus = config.corpus();
        java.nio.file.Path folder = corpus.getParent() == null ? java.nio.file.Path.of(".") : corpus.getParent();
        boolean hasLexicon = java.nio.file.Files.exists(folder.resolve("lexicon.csv"))
                || java.nio.file.Files.exists(folder.resolve("lexicon.csv.gz"));
        return hasLexicon && config.language().isPresent() ? Optional.of(Explainer.finder(config)) : Optional.empty();
    }

    /**
     * Every language of a finished run, with the run's strengths and heads. Each language is read on its own
     * (corpus, lexicon, the rules refitted to the exposure), so they are read on all cores, kept in the run's
     * order; the first language, in that order, whose files are bad is the error.
     */
    public static List<Language> fromRun(java.nio.file.Path run) throws org.cmsim.io.InputException {
        return read(RunModels.config(run).languages(), (config, corpus) -> RunModels.read(run, config, corpus));
    }

    /**
     * Every language of the shipped default run, its listeners from {@code fitter}: with the user's cache
     * ({@code output/ListenerCache}) they are fitted the first time, as {@code explain} fits them, and read
     * afterwards. The page without a run.
     */
    public static List<Language> fromDefaultRun(Explainer.Fitter fitter) throws org.cmsim.io.InputException {
        return read(org.cmsim.input.ConfigReader.readRun(Explainer.defaultRun()).languages(), fitter);
    }

    /** Each language's corpus read and its listeners got from {@code listeners}, side by side, in config order. */
    private static List<Language> read(List<org.cmsim.model.LanguageConfig> configs, Explainer.Fitter listeners)
            throws org.cmsim.io.InputException {
        List<Object> read = Parallel.map(configs.size(), Parallel.defaultThreads(), i -> {
            org.cmsim.model.LanguageConfig config = configs.get(i);
            try {
                org.cmsim.model.SentenceCorpus corpus = org.cmsim.input.CueColumns.readCorpus(config.corpus(),
                        config.features(), config.cues());
                return language(listeners.fit(config, corpus));
            } catch (org.cmsim.io.InputException e) {
                return e;
            }
        });
        List<Language> languages = new ArrayList<>();
        for (Object one : read) {
            if (one instanceof org.cmsim.io.InputException e) {
                throw e;
            }
            languages.add((Language) one);
        }
        return languages;
    }

    /** Example sentences per language that a class can start from (those the lexicon can read are kept). */
    public static List<String> examples(org.cmsim.model.Language language) {
        return switch (language) {
            case EN -> List.of("the pencil kicks the cow", "the cow kicks the pencil", "the cows kicks the pencil",
                    "him she sees", "the dog chases the cats");
            case DE -> List.of("der Mann sieht den Hund", "den Hund sieht der Mann", "den Ball sieht die Frau",
                    "die Frau sieht den Ball", "die Kinder sehen den Mann");
            case IT -> List.of("il ragazzo mangia la mela", "la mela mangia il ragazzo",
                    "i ragazzi vedono il cane", "il cane vedono i ragazzi");
            case FR -> List.of("le garçon mange la pomme", "la pomme mange le garçon", "les enfants voient le chien",
                    "le chien voient les enfants");
            case RU -> List.of("мальчик видит кошку", "кошку видит мальчик", "мама любит детей",
                    "книгу читает мальчик");
            case ES -> List.of("el niño ve el libro", "el libro ve el niño", "el hombre ve a la mujer",
                    "a la mujer ve el hombre", "el perro ve al niño", "la mujer lo ve");
            case NL -> List.of("de man ziet de hond", "de hond ziet de man", "hij ziet hem", "hem ziet hij");
            case JA -> List.of("先生が本を読んだ", "本を先生が読んだ", "先生は本を読んだ", "本は先生が読んだ");
            case SR -> List.of("ministar vidi vladu", "vladu vidi ministar");
            case HR -> List.of("čovjek vidi knjigu", "knjigu vidi čovjek");
        };
    }

    /** The whole page, with {@code languages} in the run's order. */
    public static String render(String title, String command, List<Language> languages) {
        return render(title, command, languages, Parallel.defaultThreads());
    }

    /**
     * The same, each language's data (its lexicon's forms above all) gathered on {@code threads} threads; the data
     * are put on the page in the run's order, so its bytes do not depend on the thread count.
     */
    public static String render(String title, String command, List<Language> languages, int threads) {
        List<Object> data = new ArrayList<>(Parallel.map(languages.size(), threads,
                l -> languageJson(languages.get(l))));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("command", command);
        page.put("languages", data);
        // which features a verb carries (the rest are the nouns'): the builder offers each on its word
        page.put("verbFeatures", org.cmsim.listener.ListenerReader.VERB_FEATURES);
        page.put("verbOnlyFeatures", org.cmsim.listener.ListenerReader.VERB_ONLY_FEATURES);
        String json;
        try {
            json = COMPACT.writeValueAsString(page).replace("</", "<\\/");   // "</script>" cannot end the data early
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page's data as JSON", e);
        }
        return fill(resource("playground.html"), Map.of("/*STYLE*/", resource("playground.css"), "/*DATA*/", json,
                "/*JAVA*/", compiled(), "/*SCRIPT*/", resource("playground-page.js"), "<!--TITLE-->", escape(title)));
    }

    /**
     * The template with each placeholder replaced, in one pass over the template only: text put in is never
     * searched again, so data that happens to spell a placeholder (a cue named {@code /*SCRIPT*}{@code /}) stays
     * data.
     */
    static String fill(String template, Map<String, String> values) {
        Matcher placeholder = Pattern.compile(values.keySet().stream().map(Pattern::quote)
                .collect(Collectors.joining("|"))).matcher(template);
        StringBuilder page = new StringBuilder(template.length());
        int from = 0;
        while (placeholder.find()) {
            page.append(template, from, placeholder.start()).append(values.get(placeholder.group()));
            from = placeholder.end();
        }
        return page.append(template, from, template.length()).toString();
    }

    static Map<String, Object> languageJson(Language language) {
        ListenerModels m = language.models();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", m.config().name());
        String code = m.config().language().map(org.cmsim.model.Language::code).orElse("");
        json.put("language", code.isEmpty() ? null : code);
        json.put("source", m.source());
        List<Object> features = new ArrayList<>();
        for (Feature f : m.config().features().features()) {
            Map<String, Object> feature = new LinkedHashMap<>();   // an ordered map: the same page bytes every run
            feature.put("name", f.name());
            feature.put("values", f.values());
            features.add(feature);
        }
        json.put("features", features);
        json.put("cues", cues(m.config().cues()));
        List<Object> rules = new ArrayList<>();
        for (ListenerModels.FittedRule rule : m.rules()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", rule.rule().name());
            one.put("reader", rule.rule().reader().label());
            one.put("parameters", named(rule.parameters()));
            rules.add(one);
        }
        json.put("rules", rules);
        List<Object> strengths = new ArrayList<>();
        for (ListenerModels.Strength s : m.strengths()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("parameter", s.parameter());
            one.put("estimate", finite(s.estimate()));
            one.put("low", finite(s.low()));
            one.put("high", finite(s.high()));
            strengths.add(one);
        }
        Map<String, Object> sliders = new LinkedHashMap<>();
        sliders.put("rule", ListenerModels.STRENGTHS_RULE);
        sliders.put("strengths", strengths);
        json.put("sliders", sliders);
        json.put("head", head(m.head()));
        json.put("conflicts", conflicts(m));
        json.put("lexicon", language.finder().map(f -> PlaygroundLexicon.lexicon(f, language.examples())).orElse(null));
        json.put("wordNet", language.finder().filter(WordFinder::hasWordNet)
                .map(f -> PlaygroundLexicon.wordNet(f, language.examples())).orElse(null));
        json.put("dictionary", language.finder().filter(WordFinder::hasDictionary)
                .map(f -> PlaygroundLexicon.dictionary(f, language.examples())).orElse(null));
        List<String> readable = new ArrayList<>();
        language.finder().ifPresent(f -> language.examples().forEach(s -> {
            try {
                new SentenceParser(f, Explainer.markers(m.config())).parse(s);
                readable.add(s);
            } catch (org.cmsim.io.InputException e) {
                // an example the lexicon cannot read is left out
            }
        }));
        json.put("examples", readable);
        return json;
    }

    /** Each cue's config entry, which the page reads back through the kind's registered reader ({@link PageLanguage}). */
    private static List<Object> cues(List<Cue> cues) {
        List<Object> out = new ArrayList<>();
        for (Cue cue : cues) {
            out.add(cue.configEntry());
        }
        return out;
    }

    private static Map<String, Object> named(Map<String, Double> parameters) {
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((k, v) -> out.put(k, finite(v)));
        return out;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static Map<String, Object> head(AttentionHead head) {
        AttentionHead.Export export = head.export();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dModel", head.settings().dModel());
        json.put("dK", head.settings().dK());
        json.put("dV", head.settings().dV());
        json.put("readout", ConfigNames.of(head.settings().readout()));
        json.put("query", ConfigNames.of(head.settings().query()));
        json.put("rows", head.vocabulary().rowNames());
        json.put("embeddings", export.embeddings());
        json.put("W_Q", export.wq());
        json.put("W_K", export.wk());
        json.put("W_V", export.wv());
        json.put("queryVector", export.query());
        json.put("w", export.w());
        json.put("b", export.b());
        return json;
    }

    /** Corpus sentence types whose multiplicative terms pull both ways, the most frequent first. */
    static List<Object> conflicts(ListenerModels m) {
        Design design = m.exposure().design();
        long[] counts = m.exposure().agents().trials();
        Map<String, Double> weights = m.weights();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < design.rows(); i++) {
            Stimulus s = design.stimuli().get(i);
            boolean up = weights.getOrDefault(s.order().parameterName(), 0.0) > 0;
            boolean down = weights.getOrDefault(s.order().parameterName(), 0.0) < 0;
            for (Cue cue : design.cues()) {
                double term = weights.getOrDefault(cue.name(), 0.0) * cue.direction(s);
                up |= term > 0;
                down |= term < 0;
            }
            if (up && down) {
                rows.add(i);
            }
        }
        rows.sort((a, b) -> Long.compare(counts[b], counts[a]));
        List<Object> out = new ArrayList<>();
        for (int i : rows.subList(0, Math.min(CONFLICTS, rows.size()))) {
            Stimulus s = design.stimuli().get(i);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("order", s.order().name());
            for (Slot slot : Slot.values()) {
                one.put(slot.label(), values(m, s.slot(slot)));
            }
            one.put("count", counts[i]);
            out.add(one);
        }
        return out;
    }

    private static Map<String, String> values(ListenerModels m, FeatureValues values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int f = 0; f < values.size(); f++) {
            Feature feature = m.config().features().feature(f);
            out.put(feature.name(), values.isKnown(f) ? feature.text(values.allowed(f)) : null);
        }
        return out;
    }

    /** The compiled Java, which ends its script element only where the page does. */
    private static String compiled() {
        if (Playground.class.getResource(COMPILED) == null) {
            throw new IllegalStateException("missing resource " + COMPILED + ": mvn package makes it (its TeaVM step)");
        }
        String script = resource(COMPILED);
        if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
            throw new IllegalStateException(COMPILED + " contains </script, which would end its script element early");
        }
        return script;
    }

    private static String resource(String name) {
        try (InputStream in = Playground.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
