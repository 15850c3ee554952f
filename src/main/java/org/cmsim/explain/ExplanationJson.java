package org.cmsim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.RuleReading;
import org.cmsim.model.Slot;

/**
 * The JSON object of {@code cmsim explain --json}: sentence, language, order,
 * n1/v/n2 with their words and features (null when unknown), cues with directions, each registered rule's
 * reading by name in registry order (terms, sum and P(n1), or the deciding cue), and the head's weights
 * and P(n1); then the reasons, where each feature came from, the words read past and the models behind
 * the numbers.
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
        for (Explanation.RuleVerdict rule : e.rules()) {
            rules.put(rule.rule(), reading(rule));
        }
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

    /**
     * A rule's reading: {@code {terms, logit|sum, p_n1}} for terms (the sum named by the rule's reader),
     * {@code {ranking, deciding, direction, lapse, p_n1}} for a decision.
     */
    static Map<String, Object> reading(Explanation.RuleVerdict rule) {
        if (rule.reading() instanceof RuleReading.Terms t) {
            return object("terms", t.terms(), rule.reader().sumName(), t.sum(), "p_n1", t.pN1());
        }
        RuleReading.Decision d = (RuleReading.Decision) rule.reading();
        return object("ranking", d.ranking(), "deciding", d.deciding(), "direction", d.direction(),
                "lapse", d.lapse(), "p_n1", d.pN1());
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
