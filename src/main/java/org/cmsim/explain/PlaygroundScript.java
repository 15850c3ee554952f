package org.cmsim.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.RuleReading;
import org.cmsim.io.InputException;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.teavm.jso.JSExport;

/**
 * What the playground's page calls: the Java that reads a sentence for {@code cmsim explain}, compiled to
 * JavaScript by TeaVM at build time (playground-compiled.js, inlined in playground.html), so that the page
 * and the command are one implementation. Text in, text out: each method takes and returns JSON, and the
 * page's own script (playground-page.js) only draws. TeaVM compiles what these methods reach; that code
 * must use no files, threads, reflection or Jackson.
 *
 * <p>A language is {@linkplain #load loaded} once from the page's data for it (its lexicon can be
 * megabytes) and then named in the other calls.
 */
public final class PlaygroundScript {

    private static final Map<String, PageLanguage> LOADED = new HashMap<>();

    private PlaygroundScript() {
    }

    /** Makes a language of the page ready from its JSON ({@link Playground#languageJson}); returns its name. */
    @JSExport
    public static String load(String languageJson) {
        @SuppressWarnings("unchecked")
        PageLanguage language = PageLanguage.of((Map<String, Object>) PageJson.parse(languageJson, PageLanguage.LAZY));
        LOADED.put(language.name, language);
        return language.name;
    }

    /**
     * A typed sentence as {@code cmsim explain} reads it: {@code {words, stimulus, resolution, explanation}}
     * with the explanation as {@code explain --json} writes it ({@link ExplanationJson}), or {@code {error}}
     * saying why the sentence is not one this language's reader takes.
     */
    @JSExport
    public static String explain(String language, String sentence) {
        try {
            return PageJsonWriter.write(reading(loaded(language).explain(sentence)));
        } catch (InputException error) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("error", error.getMessage());
            return PageJsonWriter.write(json);
        }
    }

    /** What {@link #explain} returns for an explanation. */
    static Map<String, Object> reading(Explanation e) {
        Map<String, Object> words = new LinkedHashMap<>();
        Map<String, Object> stimulus = new LinkedHashMap<>();
        stimulus.put("order", e.reading().stimulus().order().name());
        for (Slot slot : Slot.values()) {
            words.put(slot.label(), e.reading().slot(slot).word());
            stimulus.put(slot.label(), e.reading().slot(slot).values());
        }
        Map<String, Object> resolution = new LinkedHashMap<>();
        resolution.put("n1", e.reading().n1().resolution());
        resolution.put("n2", e.reading().n2().resolution());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("words", words);
        json.put("stimulus", stimulus);
        json.put("resolution", resolution);
        json.put("explanation", ExplanationJson.of(e));
        return json;
    }

    /**
     * How each listener reads each of the stimuli (a JSON array of {@code {order, n1, v, n2}} with feature
     * values by name), with the sliders' rule's parameters given by name in {@code weightsJson} in place of
     * the fitted ones: per stimulus {@code {cues, rules, attention, orderNote}}, the rules in the page's
     * (the registry's) order.
     */
    @JSExport
    public static String evaluate(String language, String stimuliJson, String weightsJson) {
        PageLanguage page = loaded(language);
        Listeners listeners = page.listeners.withParameters(page.sliders, PageLanguage.numbers(PageJson.parse(weightsJson)));
        List<Object> out = new ArrayList<>();
        for (Object s : (List<?>) PageJson.parse(stimuliJson)) {
            @SuppressWarnings("unchecked")
            Stimulus stimulus = page.stimulus((Map<String, Object>) s);
            out.add(verdicts(listeners.read(stimulus)));
        }
        return PageJsonWriter.write(out);
    }

    /** What {@link #evaluate} returns for one stimulus. */
    static Map<String, Object> verdicts(Listeners.Verdicts v) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> cues = new ArrayList<>();
        v.directions().forEach(d -> cues.add(List.of(d.cue().name(), d.direction())));
        json.put("cues", cues);
        List<Object> rules = new ArrayList<>();
        v.rules().forEach(r -> rules.add(rule(r)));
        json.put("rules", rules);
        Explanation.Attention a = v.attention();
        Map<String, Object> attention = new LinkedHashMap<>();
        attention.put("weights", List.of(a.weightN1(), a.weightN2()));
        attention.put("logit", a.logit());
        attention.put("p", a.pN1());
        json.put("attention", attention);
        json.put("orderNote", v.orderNote());
        return json;
    }

    /**
     * One rule's reading for the page: {@code {name, reader, terms, sum, p}} with the terms in order as
     * [name, term] pairs, or {@code {name, reader, ranking, deciding, direction, lapse, p}}.
     */
    private static Map<String, Object> rule(Explanation.RuleVerdict r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.rule());
        json.put("reader", r.reader().label());
        if (r.reading() instanceof RuleReading.Terms t) {
            List<Object> terms = new ArrayList<>();
            t.terms().forEach((name, term) -> terms.add(List.of(name, term)));
            json.put("terms", terms);
            json.put("sum", t.sum());
        } else {
            RuleReading.Decision d = (RuleReading.Decision) r.reading();
            json.put("ranking", d.ranking());
            json.put("deciding", d.deciding());
            json.put("direction", d.direction());
            json.put("lapse", d.lapse());
        }
        json.put("p", r.reading().pN1());
        return json;
    }

    private static PageLanguage loaded(String language) {
        PageLanguage page = LOADED.get(language);
        if (page == null) {
            throw new IllegalArgumentException("language " + language + " is not loaded");
        }
        return page;
    }
}
