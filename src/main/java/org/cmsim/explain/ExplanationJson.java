package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.model.Slot;

/**
 * The JSON object of {@code cmsim explain --json}: sentence, language, order,
 * n1/v/n2 with their words and features (null when unknown), cues with directions, each rule's terms,
 * sum and P(n1), and the head's weights and P(n1); then the reasons, where each feature came from,
 * the words read past and the models behind the numbers.
 */
public final class ExplanationJson {

    private ExplanationJson() {
    }

    public static Map<String, Object> of(Explanation e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sentence", e.sentence());
        json.put("language", e.language());
        json.put("order", e.reading().stimulus().order().name());
        for (Slot slot : Slot.values()) {
            FeatureReader.SlotReading r = e.reading().slot(slot);
            Map<String, Object> word = new LinkedHashMap<>();
            word.put("word", r.word());
            word.putAll(r.values());
            json.put(slot.label(), word);
        }
        Map<String, Object> cues = new LinkedHashMap<>();
        e.cues().forEach(c -> cues.put(c.cue(), c.direction()));
        json.put("cues", cues);
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("multiplicative", object("terms", e.multiplicative().terms(), "logit", e.multiplicative().sum(),
                "p_n1", e.multiplicative().pN1()));
        rules.put("additive", object("terms", e.additive().terms(), "sum", e.additive().sum(),
                "p_n1", e.additive().pN1()));
        Explanation.Decision h = e.hierarchy();
        rules.put("hierarchy", object("ranking", h.ranking(), "deciding", h.deciding(), "direction", h.direction(),
                "lapse", h.lapse(), "p_n1", h.pN1()));
        json.put("rules", rules);
        Explanation.Attention a = e.attention();
        json.put("attention", object("weights", List.of(a.weightN1(), a.weightN2()), "logit", a.logit(),
                "p_n1", a.pN1()));
        Map<String, Object> reasons = new LinkedHashMap<>();
        e.cues().forEach(c -> reasons.put(c.cue(), c.reason()));
        if (!e.orderNote().isEmpty()) {
            reasons.put("order", e.orderNote());
        }
        json.put("reasons", reasons);
        Map<String, Object> sources = new LinkedHashMap<>();
        for (Slot slot : Slot.values()) {
            sources.put(slot.label(), e.reading().slot(slot).reasons());
        }
        json.put("featureSources", sources);
        List<String> skipped = new ArrayList<>();
        e.clause().words().stream().filter(w -> w.role().modifies())
                .forEach(w -> skipped.add(w.form() + " (" + w.role().description() + ")"));
        json.put("skipped", skipped);
        json.put("models", e.source());
        return json;
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
