package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cmsim.io.InputException;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The playground's compiled Java, run in Node from the page itself (no browser; seconds), against
 * {@code cmsim explain} in the JVM: every sentence of the explain fixtures in every shipped language (the
 * hand-written ones, those with an unknown word, the determiner-case phrases, the Japanese and Spanish grid)
 * gets the same words, features, resolutions and explain --json object, numbers to 1e-9, or the same
 * refusal; every stimulus (those sentences', the corpus's conflict sentences) gets the same verdicts from
 * each listener under the fitted strengths and under moved ones (the sliders). Skipped without node.
 */
class PlaygroundNodeTest {

    static final double TOLERANCE = 1e-9;
    static final Path SCRIPT = ExplainSentencesTest.FIXTURES.resolve("playground-node.js");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static PlaygroundFixture fixture;
    private static final List<String[]> sentences = new ArrayList<>();
    private static final List<Object[]> evaluations = new ArrayList<>();
    private static JsonNode answers;
    private static JsonNode data;

    @BeforeAll
    static void runThePageInNode() throws Exception {
        Assumptions.assumeTrue(node() != null, "node is not installed");
        fixture = PlaygroundFixture.get();
        for (String language : ExplainSentencesTest.LANGUAGES) {
            ExplainSentencesTest.expectations(language).forEach(e -> sentences.add(new String[] {language, e.sentence()}));
            ExplainSentencesTest.unknowns(language).forEach(u -> sentences.add(new String[] {language, u.sentence()}));
            DeterminerCaseTest.cases().stream().filter(c -> c.language().equals(language))
                    .forEach(c -> sentences.add(new String[] {language, c.sentence()}));
        }
        sentences.addAll(PlaygroundFixture.grid());
        String html = Files.readString(fixture.page);
        int start = html.indexOf('>', html.indexOf("<script id=\"cmsim-data\"")) + 1;
        data = MAPPER.readTree(html.substring(start, html.indexOf("</script>", start)));
        for (JsonNode language : data.get("languages")) {
            String name = language.get("name").asText();
            List<Object> stimuli = new ArrayList<>();
            for (String[] s : sentences) {
                if (s[0].equals(name)) {
                    try {
                        stimuli.add(PlaygroundScript.reading(fixture.explainers.get(name).explain(s[1], List.of()))
                                .get("stimulus"));
                    } catch (InputException e) {
                        // a sentence Java cannot read has no stimulus
                    }
                }
            }
            language.get("conflicts").forEach(stimuli::add);
            for (Map<String, Double> weights : weightSets(language)) {
                evaluations.add(new Object[] {name, stimuli, weights});
            }
        }
        Path requests = PlaygroundFixture.OUT.resolve("node-requests.json");
        Path answered = PlaygroundFixture.OUT.resolve("node-answers.json");
        MAPPER.writeValue(requests.toFile(), Map.of("explain", sentences, "evaluate", evaluations));
        Process node = new ProcessBuilder(node(), SCRIPT.toString(), fixture.page.toString(), requests.toString(),
                answered.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(5, TimeUnit.MINUTES), "node did not finish");
        assertEquals(0, node.exitValue(), output);
        answers = MAPPER.readTree(answered.toFile());
    }

    /** The fitted strengths, every one moved by 1.5, and animacy alone raised to 9.5 (a slider). */
    private static List<Map<String, Double>> weightSets(JsonNode language) {
        Map<String, Double> fitted = new LinkedHashMap<>();
        Map<String, Double> moved = new LinkedHashMap<>();
        for (JsonNode s : language.get("sliders").get("strengths")) {
            fitted.put(s.get("parameter").asText(), s.get("estimate").asDouble());
            moved.put(s.get("parameter").asText(), s.get("estimate").asDouble() + 1.5);
        }
        return List.of(fitted, moved, Map.of("animacy", 9.5));
    }

    private static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir, "node").toString();
            }
        }
        return null;
    }

    @Test
    void everyFixtureSentenceIsReadAsExplainReadsIt() throws Exception {
        int read = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String language = sentences.get(i)[0];
            String sentence = sentences.get(i)[1];
            String where = language + ": " + sentence;
            JsonNode page = MAPPER.readTree(answers.get("explain").get(i).asText());
            Explanation java;
            try {
                java = fixture.explainers.get(language).explain(sentence, List.of());
            } catch (InputException e) {
                assertTrue(page.has("error"), where + ": the page reads what explain refuses: " + page);
                assertEquals(onThePage(language, e.getMessage()), page.get("error").asText(), where);
                continue;
            }
            assertFalse(page.has("error"), () -> where + ": " + page.get("error"));
            assertSameJson(MAPPER.valueToTree(PlaygroundScript.reading(java)), page, where);
            read++;
        }
        assertTrue(read >= 20 * ExplainSentencesTest.LANGUAGES.size(), "read " + read);
    }

    /** Explain's message with the page's name for its word list in place of the lexicon's file. */
    private static String onThePage(String language, String message) throws Exception {
        return message.replace(ExplainSentencesTest.finder(language).lexicon().description(), PageLanguage.WORD_LIST);
    }

    @Test
    void everyStimulusIsEvaluatedAsTheListenersDoInJava() throws Exception {
        int checked = 0;
        for (int i = 0; i < evaluations.size(); i++) {
            String language = (String) evaluations.get(i)[0];
            @SuppressWarnings("unchecked")
            List<Object> stimuli = (List<Object>) evaluations.get(i)[1];
            @SuppressWarnings("unchecked")
            Map<String, Double> weights = (Map<String, Double>) evaluations.get(i)[2];
            Listeners listeners = fixture.explainers.get(language).models().listeners()
                    .withParameters(ListenerModels.STRENGTHS_RULE, weights);
            FeatureSpace space = fixture.explainers.get(language).config().features();
            JsonNode page = MAPPER.readTree(answers.get("evaluate").get(i).asText());
            assertEquals(stimuli.size(), page.size(), language);
            for (int s = 0; s < stimuli.size(); s++) {
                JsonNode stimulus = MAPPER.valueToTree(stimuli.get(s));
                Listeners.Verdicts java = listeners.read(stimulus(space, stimulus));
                assertSameJson(MAPPER.valueToTree(PlaygroundScript.verdicts(java)), page.get(s),
                        language + " " + weights + ": " + stimulus);
                checked++;
            }
        }
        assertTrue(checked >= 500, "checked " + checked);
    }

    @Test
    void thePagesScriptWritesNoHtml() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/org/cmsim/explain/playground-page.js"));
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write")) {
            assertFalse(script.contains(sink), "playground-page.js uses " + sink
                    + ": text from the data (feature values, cue names, words) must reach the page as textContent");
        }
    }

    private static Stimulus stimulus(FeatureSpace space, JsonNode json) {
        FeatureValues[] slots = new FeatureValues[3];
        for (Slot slot : Slot.values()) {
            int[] masks = new int[space.size()];
            for (int f = 0; f < space.size(); f++) {
                JsonNode v = json.get(slot.label()).get(space.feature(f).name());
                // a cell holds one value or a set ("nom|acc")
                masks[f] = v == null || v.isNull() ? 0 : space.feature(f).allowed(v.asText());
            }
            slots[slot.ordinal()] = FeatureValues.ofAllowed(masks);
        }
        return new Stimulus(Order.parse(json.get("order").asText()).orElseThrow(), slots[0], slots[1], slots[2]);
    }

    /** Equal JSON, keys in the same order, numbers to {@link #TOLERANCE} (a number that is not finite is null). */
    static void assertSameJson(JsonNode expected, JsonNode actual, String where) {
        if (expected.isNumber() && !Double.isFinite(expected.asDouble())) {
            assertTrue(actual.isNull(), where + ": " + actual + " for " + expected);
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), where + ": " + actual + " for " + expected);
            assertEquals(expected.asDouble(), actual.asDouble(), TOLERANCE, where);
        } else if (expected.isObject()) {
            assertTrue(actual.isObject(), where + ": " + actual + " for " + expected);
            List<String> keys = new ArrayList<>();
            expected.fieldNames().forEachRemaining(keys::add);
            List<String> actualKeys = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualKeys::add);
            assertEquals(keys, actualKeys, where);
            for (String key : keys) {
                assertSameJson(expected.get(key), actual.get(key), where + " ." + key);
            }
        } else if (expected.isArray()) {
            assertTrue(actual.isArray() && actual.size() == expected.size(), where + ": " + actual + " for " + expected);
            Iterator<JsonNode> a = actual.iterator();
            int i = 0;
            for (JsonNode e : expected) {
                assertSameJson(e, a.next(), where + " [" + i++ + "]");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
