package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleReading;
import org.cmsim.competition.Rules;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Order;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * playground.html in Debian's chromium (through the system chromedriver, so that Selenium Manager never
 * runs): for every hand-written sentence of every shipped language (Japanese typed without spaces, with
 * its particles; Spanish with its object marker "a"), loaded by its URL or typed, the page reads the
 * same words and features as Java and its four P(n1) (full precision in data-value) equal the Java
 * explanation to 1e-9; the determiner rule resolves the same phrases in the same way; switching
 * language, moving a strength slider and building a sentence by hand agree with Java too; names and
 * values from the data are shown as text, never run as HTML. The page reads with the Java of explain
 * compiled to JavaScript (PlaygroundNodeTest checks that code against explain without a browser, on more
 * sentences); here the page as a whole is checked. Screenshots go to target/playground-test/.
 */
class PlaygroundBrowserTest {

    static final double TOLERANCE = 1e-9;
    static final Path OUT = PlaygroundFixture.OUT;
    static final List<String> LANGUAGES = ExplainSentencesTest.LANGUAGES;
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Map<String, Explainer> explainers = new LinkedHashMap<>();
    private static Path page;
    private static WebDriver browser;

    @BeforeAll
    static void writePageAndOpenBrowser() throws Exception {
        PlaygroundFixture fixture = PlaygroundFixture.get();
        explainers.putAll(fixture.explainers);
        page = fixture.page;
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1600",
                "--user-data-dir=" + Files.createTempDirectory("cmsim-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String language, String sentence) {
        browser.get(page.toUri() + "?language=" + language + "&sentence="
                + URLEncoder.encode(sentence, StandardCharsets.UTF_8).replace("+", "%20"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static double shown(String id) {
        String value = browser.findElement(By.id(id)).getAttribute("data-value");
        assertTrue(value != null, id + " shows no number: " + browser.findElement(By.id("parse_message")).getText());
        double full = Double.parseDouble(value);
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", full), browser.findElement(By.id(id)).getText());
        return full;
    }

    /** Every number the page displays: each registered rule's P(n1), the head's, and the multiplicative logit. */
    private static final List<String> DISPLAYED = displayedIds();

    private static List<String> displayedIds() {
        List<String> ids = new java.util.ArrayList<>();
        Rules.NAMES.forEach(rule -> ids.add("p_n1_" + rule));
        ids.add("p_n1_attention");
        ids.add("logit_multiplicative");
        return List.copyOf(ids);
    }

    /** Each rule's P(n1) and the head's as Java has them, as the page should show them. */
    private static void assertShown(Explanation java, Map<String, Double> page, String where) {
        assertEquals(Rules.NAMES, java.rules().stream().map(Explanation.RuleVerdict::rule).toList(), where);
        for (Explanation.RuleVerdict rule : java.rules()) {
            assertEquals(rule.reading().pN1(), page.get("p_n1_" + rule.rule()), TOLERANCE, where + " " + rule.rule());
        }
        assertEquals(java.attention().pN1(), page.get("p_n1_attention"), TOLERANCE, where);
    }

    /** Every displayed number in one round trip: each id's full-precision value, checked against its 4-decimal text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> displayed() {
        Map<String, Object> raw = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const out = {};"
                + " for (const id of arguments[0]) { const el = document.getElementById(id);"
                + " out[id] = el.dataset.value === undefined ? null : [el.dataset.value, el.textContent]; }"
                + " out.message = document.getElementById('parse_message').textContent; return out;", DISPLAYED);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String id : DISPLAYED) {
            List<String> pair = (List<String>) raw.get(id);
            assertTrue(pair != null, id + " shows no number: " + raw.get("message"));
            double full = Double.parseDouble(pair.get(0));
            assertEquals(String.format(java.util.Locale.ROOT, "%.4f", full), pair.get(1), id);
            values.put(id, full);
        }
        return values;
    }

    private static void screenshot(String name) throws Exception {
        Files.write(OUT.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The first three sentences of each language are opened by their URL (as a teacher's link would),
     * the others typed into the page through its test hook, which is faster than reloading.
     */
    @Test
    void everyHandWrittenSentenceShowsTheJavaNumbers() throws Exception {
        int checked = 0;
        for (String language : LANGUAGES) {
            List<ExplainSentencesTest.Expected> sentences = ExplainSentencesTest.expectations(language);
            LanguageConfig config = explainers.get(language).config();
            for (int i = 0; i < sentences.size(); i++) {
                ExplainSentencesTest.Expected e = sentences.get(i);
                Explanation java = explainers.get(language).explain(e.sentence(), List.of());
                if (i < 3) {
                    open(language, e.sentence());
                } else {
                    ((JavascriptExecutor) browser).executeScript("window.cmsim.setSentence(arguments[0]);",
                            e.sentence());
                }
                Map<String, Double> page = displayed();
                String where = language + ": " + e.sentence();
                assertEquals(java.reading().stimulus(), pageStimulus(config), where);
                assertEquals(List.of(e.n1(), e.v(), e.n2()), pageWords(), where);
                assertShown(java, page, where);
                assertEquals(((RuleReading.Terms) java.rule(MultiplicativeRule.NAME)).sum(),
                        page.get("logit_multiplicative"), TOLERANCE, where);
                checked++;
            }
            screenshot("sentence-" + language);
        }
        assertTrue(checked >= 20 * LANGUAGES.size(), "checked " + checked);
    }

    /**
     * A grid of Japanese and Spanish sentences beyond the hand-written ones: every subject and object of a
     * few nouns, each case particle on each (が, を, は, も), both orders; Spanish with and without "a" (and
     * "al"), clitics before the verb, three orders. The page must read each as Java does, to 1e-9.
     */
    @Test
    void aGridOfJapaneseAndSpanishSentencesShowsTheJavaNumbers() throws Exception {
        List<String[]> grid = PlaygroundFixture.grid();
        int read = 0;
        open("japanese", "猫が犬を見た");
        String current = "japanese";
        for (String[] item : grid) {
            if (!item[0].equals(current)) {
                ((JavascriptExecutor) browser).executeScript("window.cmsim.setLanguage(arguments[0]);", item[0]);
                current = item[0];
            }
            ((JavascriptExecutor) browser).executeScript("window.cmsim.setSentence(arguments[0]);", item[1]);
            String where = item[0] + ": " + item[1];
            Explanation java;
            try {
                java = explainers.get(item[0]).explain(item[1], List.of());
            } catch (org.cmsim.io.InputException e) {
                assertEquals("—", browser.findElement(By.id("p_n1_multiplicative")).getText(), where);
                continue;
            }
            Map<String, Double> page = displayed();
            assertEquals(java.reading().stimulus(), pageStimulus(explainers.get(item[0]).config()), where);
            assertShown(java, page, where);
            read++;
        }
        assertTrue(read >= grid.size() - 12, "read " + read + " of " + grid.size());
        open("japanese", "犬を猫が見た");
        screenshot("grid-japanese");
        open("spanish", "a la niña ve el niño");
        screenshot("grid-spanish");
    }

    /** The determiner rule (determiner-case.txt) resolves each phrase in the page as in Java. */
    @Test
    @SuppressWarnings("unchecked")
    void theDeterminerRuleResolvesPhrasesAsJavaDoes() throws Exception {
        for (DeterminerCaseTest.Case c : DeterminerCaseTest.cases()) {
            open(c.language(), c.sentence());
            Map<String, Object> state = (Map<String, Object>) ((JavascriptExecutor) browser)
                    .executeScript("return window.cmsim.state();");
            Map<String, Object> resolution = (Map<String, Object>) state.get("resolution");
            String where = c.language() + ": " + c.sentence();
            assertTrue(resolution != null, where + ": " + browser.findElement(By.id("parse_message")).getText());
            FeatureReader.Reading java = DeterminerCaseTest.read(c.language(), c.sentence());
            for (Slot slot : List.of(Slot.N1, Slot.N2)) {
                assertEquals(java.slot(slot).resolution().name(), resolution.get(slot.label()), where + " " + slot);
            }
            assertEquals(c.resolution().name(), resolution.get(c.slot().label()), where);
            Map<String, Object> stimulus = (Map<String, Object>) state.get("stimulus");
            assertEquals(c.nounCase(), ((Map<String, Object>) stimulus.get(c.slot().label())).get("case"), where);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> pageWords() {
        Map<String, Object> words = (Map<String, Object>) ((Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript("return window.cmsim.state();")).get("words");
        return List.of((String) words.get("n1"), (String) words.get("v"), (String) words.get("n2"));
    }

    /** The page's current stimulus, as Java codes for a language's features. */
    @SuppressWarnings("unchecked")
    private static Stimulus pageStimulus(LanguageConfig config) {
        Map<String, Object> state = (Map<String, Object>) ((JavascriptExecutor) browser)
                .executeScript("return window.cmsim.state();");
        return stimulusOf(config, (Map<?, ?>) state.get("stimulus"));
    }

    /** P(n1) of the multiplicative rule with the given weights: w_order + sum_c w_c d_c, then the logistic. */
    private static double multiplicative(ListenerModels models, Map<String, Double> weights, Stimulus s) {
        double logit = weights.getOrDefault(s.order().parameterName(), 0.0);
        for (org.cmsim.model.Cue cue : models.config().cues()) {
            if (!(cue instanceof org.cmsim.model.OrderCue)) {
                logit += weights.getOrDefault(cue.name(), 0.0) * cue.direction(s);
            }
        }
        return 1 / (1 + Math.exp(-logit));
    }

    @Test
    void switchingLanguageReadsTheSameStructureWithTheOtherListener() throws Exception {
        open("english", "the pencil kicks the cow");
        new Select(browser.findElement(By.id("language"))).selectByValue("italian");
        ListenerModels italian = explainers.get("italian").models();
        Stimulus s = pageStimulus(italian.config());
        assertEquals(Order.NVN, s.order());
        int animacy = italian.config().features().indexOf("animacy");
        assertEquals("inanimate", italian.config().features().feature(animacy).value(s.n1().get(animacy)));
        assertEquals("animate", italian.config().features().feature(animacy).value(s.n2().get(animacy)));
        assertEquals(multiplicative(italian, italian.weights(), s), shown("p_n1_multiplicative"), TOLERANCE);
        assertEquals(italian.head().read(s).probabilityN1(), shown("p_n1_attention"), TOLERANCE);
        screenshot("switched-to-italian");
    }

    @Test
    void aStrengthSliderMovesTheSentenceAndFlipsConflictSentences() throws Exception {
        open("english", "the pencil kicks the cow");
        ListenerModels english = explainers.get("english").models();
        Map<String, Double> weights = new LinkedHashMap<>(english.weights());
        weights.put("animacy", 9.5);
        ((JavascriptExecutor) browser).executeScript("window.cmsim.setStrength('animacy', 9.5);");
        Stimulus s = pageStimulus(english.config());
        assertEquals(multiplicative(english, weights, s), shown("p_n1_multiplicative"), TOLERANCE);
        assertTrue(shown("p_n1_multiplicative") < 0.5, "a strong animacy cue makes the cow the agent");
        int flips = 0;
        List<?> conflicts = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(document.getElementById('cmsim-data').textContent).languages[0].conflicts;");
        for (Object c : conflicts) {
            Stimulus conflict = stimulusOf(english.config(), (Map<?, ?>) c);
            boolean before = multiplicative(english, english.weights(), conflict) > 0.5;
            boolean after = multiplicative(english, weights, conflict) > 0.5;
            flips += before != after ? 1 : 0;
        }
        assertTrue(flips > 0, "raising animacy to 9.5 flips some conflict sentence of the corpus");
        assertEquals(String.valueOf(flips), browser.findElement(By.id("flip_count")).getAttribute("data-flips"));
        assertEquals(flips, browser.findElements(By.cssSelector("#conflicts tr.flipped")).size());
        screenshot("slider-animacy");
    }

    private static Stimulus stimulusOf(LanguageConfig config, Map<?, ?> json) {
        FeatureSpace space = config.features();
        FeatureValues[] slots = new FeatureValues[3];
        for (Slot slot : Slot.values()) {
            Map<?, ?> values = (Map<?, ?>) json.get(slot.label());
            int[] masks = new int[space.size()];
            for (int f = 0; f < space.size(); f++) {
                Object v = values.get(space.feature(f).name());
                // one value or a set ("nom|acc")
                masks[f] = v == null ? 0 : space.feature(f).allowed((String) v);
            }
            slots[slot.ordinal()] = FeatureValues.ofAllowed(masks);
        }
        return new Stimulus(Order.parse((String) json.get("order")).orElseThrow(), slots[0], slots[1], slots[2]);
    }

    @Test
    void aSentenceBuiltByHandIsReadAsJavaReadsIt() throws Exception {
        open("german", "der Mann sieht den Hund");
        new Select(browser.findElement(By.id("build_order"))).selectByValue("NNV");
        new Select(browser.findElement(By.id("build_n1_case"))).selectByValue("acc");
        new Select(browser.findElement(By.id("build_n2_animacy"))).selectByValue("inanimate");
        ListenerModels german = explainers.get("german").models();
        Stimulus s = pageStimulus(german.config());
        assertEquals(Order.NNV, s.order());
        assertEquals(multiplicative(german, german.weights(), s), shown("p_n1_multiplicative"), TOLERANCE);
        assertEquals(german.head().read(s).probabilityN1(), shown("p_n1_attention"), TOLERANCE);
        screenshot("built-german");
    }

    /** A link may name the language by its config's name or its ISO 639-1 code. */
    /** One card per registered rule, in registry order, before the head's; the lead counts them. */
    @Test
    void thePageShowsACardPerRegisteredRule() throws Exception {
        open("english", "the pencil kicks the cow");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(Rules.NAMES, js.executeScript("return [...document.querySelectorAll('#cards .card')]"
                + ".filter(card => card.dataset.rule !== undefined).map(card => card.dataset.rule);"));
        assertEquals("attention_card", js.executeScript("return document.querySelector('#cards .card:last-child').id;"));
        for (String rule : Rules.NAMES) {
            assertTrue(browser.findElement(By.id("p_n1_" + rule)).getText().matches("\\d\\.\\d{4}"), rule);
        }
        List<String> words = List.of("no", "one", "two", "three", "four", "five", "six");
        int count = Rules.NAMES.size();
        assertEquals(count < words.size() ? words.get(count) : String.valueOf(count),
                browser.findElement(By.id("rule_count")).getText());
    }

    @Test
    void aLinkNamesTheLanguageByNameOrCode() throws Exception {
        open("en", "the pencil kicks the cow");
        assertEquals("english", new Select(browser.findElement(By.id("language"))).getFirstSelectedOption()
                .getAttribute("value"));
        double byCode = shown("p_n1_multiplicative");
        open("English", "the pencil kicks the cow");
        assertEquals(byCode, shown("p_n1_multiplicative"), 0);
        open("it", "il ragazzo mangia la mela");
        assertEquals("italian", new Select(browser.findElement(By.id("language"))).getFirstSelectedOption()
                .getAttribute("value"));
    }

    /**
     * Feature values, feature and cue names are text wherever the page shows them (reading, cue table,
     * bars, sliders, builder, conflict sentences): a page whose English animacy feature, cue and value are
     * named as HTML shows the names literally and runs none of it.
     */
    @Test
    void namesAndValuesFromTheDataAreShownAsText() throws Exception {
        String value = "<img src=x onerror=window.pwned=1>";
        String name = "animacy<img src=y onerror=window.pwned=2>";
        String html = Files.readString(page);
        int start = html.indexOf('>', html.indexOf("<script id=\"cmsim-data\"")) + 1;
        int end = html.indexOf("</script>", start);
        String data = html.substring(start, end).replace("\"animacy=animate\"", "\"animacy=" + value + "\"")
                .replace("\"animacy=", "\"" + name + "=").replace("\"animacy\"", "\"" + name + "\"")
                .replace("\"animate\"", "\"" + value + "\"");
        Path hostile = OUT.resolve("playground-names-as-html.html").toAbsolutePath();
        Files.writeString(hostile, html.substring(0, start) + data + html.substring(end));
        browser.get(hostile.toUri() + "?language=english&sentence=the%20pencil%20kicks%20the%20cow");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                b -> "true".equals(b.findElement(By.tagName("body")).getAttribute("data-ready")));
        new Select(browser.findElement(By.id("build_n1_" + name))).selectByValue(value);
        Thread.sleep(300);   // an injected image would have failed to load by now
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(0L, js.executeScript("return document.querySelectorAll('img').length;"));
        assertEquals(null, js.executeScript("return window.pwned === undefined ? null : window.pwned;"));
        String text = browser.findElement(By.tagName("body")).getText();
        for (String shown : List.of("#reading", "#bars_multiplicative", "#sliders", "#conflicts")) {
            assertTrue(browser.findElement(By.cssSelector(shown)).getText().contains(name), shown + " shows " + name);
        }
        assertTrue(text.contains(name + " " + value), "the built n1 shows its value as text");
        screenshot("names-as-html");
    }

    @Test
    void aSentenceThePageCannotReadSaysWhy() throws Exception {
        open("english", "the dog and the cow");
        assertTrue(browser.findElement(By.id("parse_message")).getText().contains("'and'"));
        assertEquals("—", browser.findElement(By.id("p_n1_multiplicative")).getText());
    }
}
