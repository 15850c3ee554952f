package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.competition.ChoiceRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleReading;
import org.cmsim.competition.Rules;
import org.cmsim.design.Design;
import org.cmsim.input.CueColumns;
import org.cmsim.io.InputException;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule's terms are its parameters times the sentence's directions, and its P(n1) is what the
 * rule's own {@code predict} gives for the sentence's stimulus; the head's numbers are its forward pass.
 * Explain and the playground's data list the rules of {@link Rules#ALL}, in its order.
 */
class ExplanationTest {

    private static final double EXACT = 1e-12;
    private static LanguageConfig english;
    private static ListenerModels models;
    private static Explainer explainer;

    @BeforeAll
    static void fitEnglish() throws Exception {
        LanguageConfig config = ExplainSentencesTest.config("english");
        // A short-trained head: these tests check the arithmetic of reading it, not its training.
        english = config.withAttention(config.attention().withEpochs(20));
        SentenceCorpus corpus = CueColumns.readCorpus(english.corpus(), english.features(), english.cues());
        models = ListenerModels.fit(english, corpus);
        explainer = new Explainer(english, ExplainSentencesTest.finder("english"), models);
    }

    @Test
    void multiplicativeTermsAreStrengthsTimesDirectionsAndPIsTheirLogistic() throws Exception {
        for (ExplainSentencesTest.Expected e : ExplainSentencesTest.expectations("english")) {
            Explanation x = explainer.explain(e.sentence(), List.of());
            Map<String, Double> w = models.weights();
            String level = x.reading().stimulus().order().parameterName();
            assertEquals(w.get(level), terms(x).terms().get(level), EXACT);
            double sum = w.get(level);
            for (Explanation.CueReading cue : x.cues()) {
                double expected = w.get(cue.cue()) * cue.direction();
                assertEquals(expected, terms(x).terms().get(cue.cue()), EXACT, e.sentence());
                sum += expected;
            }
            assertEquals(sum, terms(x).sum(), EXACT);
            assertEquals(1 / (1 + Math.exp(-sum)), terms(x).pN1(), EXACT);
        }
    }

    @Test
    void everyRulesProbabilityIsWhatTheRuleItselfPredicts() throws Exception {
        SentenceCorpus corpus = CueColumns.readCorpus(english.corpus(), english.features(), english.cues());
        Design design = org.cmsim.design.Exposure.of(corpus, english.cues()).design();
        for (ExplainSentencesTest.Expected e : ExplainSentencesTest.expectations("english")) {
            Explanation x = explainer.explain(e.sentence(), List.of());
            Design one = design.withStimuli(List.of(x.reading().stimulus()));
            for (ChoiceRule rule : Rules.ALL) {
                Map<String, Double> byName = models.parameters(rule.name());
                double[] parameters = rule.parameters(one).stream().mapToDouble(byName::get).toArray();
                assertEquals(rule.predict(one, parameters)[0], x.rule(rule.name()).pN1(), EXACT,
                        rule.name() + ": " + e.sentence());
            }
            var head = models.head().read(x.reading().stimulus());
            assertEquals(head.probabilityN1(), x.attention().pN1(), EXACT);
            assertEquals(1, x.attention().weightN1() + x.attention().weightN2(), EXACT);
        }
    }

    @Test
    void thePencilKicksTheCowPointsAnimacyToTheCow() throws Exception {
        Explanation x = explainer.explain("the pencil kicks the cow", List.of());
        Map<String, Object> json = ExplanationJson.of(x);
        assertEquals("NVN", json.get("order"));
        assertEquals(Map.of("word", "pencil", "animacy", "inanimate"), subset(json.get("n1"), "word", "animacy"));
        assertEquals(Map.of("word", "cow", "animacy", "animate"), subset(json.get("n2"), "word", "animacy"));
        assertEquals(-1, ((Map<?, ?>) json.get("cues")).get("animacy"));
        assertEquals(-models.weights().get("animacy"), terms(x).terms().get("animacy"), EXACT);
        assertTrue(x.cues().get(0).reason().contains("'pencil' inanimate, 'cow' animate"), x.cues().get(0).reason());
    }

    @Test
    void explainAndThePageListEveryRegisteredRuleInRegistryOrder() throws Exception {
        Explanation x = explainer.explain("the pencil kicks the cow", List.of());
        assertEquals(Rules.NAMES, x.rules().stream().map(Explanation.RuleVerdict::rule).toList());
        for (Explanation.RuleVerdict verdict : x.rules()) {
            assertEquals(Rules.byName(verdict.rule()).orElseThrow().reader(), verdict.reader(), verdict.rule());
        }
        assertEquals(Rules.NAMES, List.copyOf(((Map<?, ?>) ExplanationJson.of(x).get("rules")).keySet()));
        assertEquals(Rules.NAMES, models.listeners().rules().stream().map(Listeners.Rule::name).toList());

        Map<String, Object> page = Playground.languageJson(new Playground.Language(models, Optional.empty(), List.of()));
        List<?> rules = (List<?>) page.get("rules");
        assertEquals(Rules.NAMES, rules.stream().map(r -> ((Map<?, ?>) r).get("name")).toList());
        for (Object r : rules) {
            Map<?, ?> rule = (Map<?, ?>) r;
            ChoiceRule registered = Rules.byName((String) rule.get("name")).orElseThrow();
            assertEquals(registered.reader().label(), rule.get("reader"));
            assertEquals(models.parameters(registered.name()).keySet(), ((Map<?, ?>) rule.get("parameters")).keySet());
        }
        assertEquals(ListenerModels.STRENGTHS_RULE, ((Map<?, ?>) page.get("sliders")).get("rule"));
    }

    /** The multiplicative rule's reading. */
    private static RuleReading.Terms terms(Explanation x) {
        return (RuleReading.Terms) x.rule(MultiplicativeRule.NAME);
    }

    private static Map<String, Object> subset(Object object, String... keys) {
        Map<?, ?> map = (Map<?, ?>) object;
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, map.get(k));
        }
        return out;
    }

    @Test
    void anUnknownWordFailsNamingItAndHowToGiveItsFeatures() {
        InputException e = assertThrows(InputException.class,
                () -> explainer.explain("the blicket kicks the cow", List.of()));
        assertTrue(e.getMessage().startsWith("sentence word 2 'blicket': not in "), e.getMessage());
        assertTrue(e.getMessage().contains("nor in WordNet"), e.getMessage());
        assertTrue(e.getMessage().contains("--feature n1.animacy=animate"), e.getMessage());
    }

    @Test
    void anUnknownWordWithFeaturesGivenByHandIsRead() throws Exception {
        Explanation x = explainer.explain("the blicket kicks the cow",
                List.of("n1.animacy=inanimate", "n1.number=sg"));
        assertEquals("inanimate", x.reading().n1().values().get("animacy"));
        assertEquals("given by --feature", x.reading().n1().reasons().get("animacy"));
        assertEquals(-1, x.cues().get(0).direction());
    }

    @Test
    void aFeatureGivenByHandOverridesTheLexicon() throws Exception {
        Explanation x = explainer.explain("the pencil kicks the cow", List.of("n2.animacy=inanimate"));
        assertEquals(0, x.cues().get(0).direction());
    }

    @Test
    void aBadFeatureOptionSaysWhatIsAllowed() {
        InputException e = assertThrows(InputException.class,
                () -> explainer.explain("the pencil kicks the cow", List.of("n2.animacy=animal")));
        assertEquals("--feature n2.animacy=animal: 'animal' is not a value of animacy (animate, inanimate)",
                e.getMessage());
    }

    @Test
    void notOneClauseWithTwoNounsSaysWhy() {
        assertEquals("sentence word 3 'and': it is outside a simple clause (CCONJ): explain reads one simple clause,"
                        + " two nouns and a verb with their determiners, adjectives and auxiliaries; coordination,"
                        + " prepositional phrases and subordinate clauses are beyond it",
                assertThrows(InputException.class, () -> explainer.explain("the dog and the cow", List.of()))
                        .getMessage());
        assertTrue(assertThrows(InputException.class, () -> explainer.explain("the dog sees", List.of()))
                .getMessage().contains("it has 1 noun (dog): a transitive clause needs two"));
        assertTrue(assertThrows(InputException.class, () -> explainer.explain("the dog sees the cow the cat",
                List.of())).getMessage().contains("it has 3 nouns (dog cow cat)"));
        assertTrue(assertThrows(InputException.class, () -> explainer.explain("the the", List.of()))
                .getMessage().contains("has no noun with it"));
    }
}
