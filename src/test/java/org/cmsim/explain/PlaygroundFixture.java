package org.cmsim.explain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.input.CueColumns;
import org.cmsim.model.LanguageConfig;

/**
 * The playground page the playground tests check, made once per test run: every shipped language with its
 * fixture lexicon (src/test/resources/explain), its hand-written sentences as the page's examples, and
 * listeners fitted to its corpus with short-trained heads (the tests are about computing the same numbers,
 * not about training); beside it, Java's explainer for each language over the same lexicon and listeners.
 */
final class PlaygroundFixture {

    static final Path OUT = Path.of("target/playground-test");

    private static PlaygroundFixture made;

    final Map<String, Explainer> explainers;
    final Path page;

    private PlaygroundFixture(Map<String, Explainer> explainers, Path page) {
        this.explainers = explainers;
        this.page = page;
    }

    static synchronized PlaygroundFixture get() throws Exception {
        if (made == null) {
            Map<String, Explainer> explainers = new LinkedHashMap<>();
            List<Playground.Language> languages = new ArrayList<>();
            for (String name : ExplainSentencesTest.LANGUAGES) {
                LanguageConfig full = ExplainSentencesTest.config(name);
                // Short-trained heads: the tests are about computing the same numbers, not about training.
                LanguageConfig config = full.withAttention(full.attention().withEpochs(20));
                ListenerModels models = ListenerModels.fit(config,
                        CueColumns.readCorpus(config.corpus(), config.features(), config.cues()));
                WordFinder finder = ExplainSentencesTest.finder(name);
                explainers.put(name, new Explainer(config, finder, models));
                List<String> examples = ExplainSentencesTest.expectations(name).stream()
                        .map(ExplainSentencesTest.Expected::sentence).toList();
                languages.add(new Playground.Language(models, Optional.of(finder), examples));
            }
            Files.createDirectories(OUT);
            Path page = OUT.resolve("playground.html").toAbsolutePath();
            Files.writeString(page, Playground.render("fixture run", "PlaygroundBrowserTest", languages));
            made = new PlaygroundFixture(explainers, page);
        }
        return made;
    }

    /**
     * Japanese and Spanish sentences beyond the hand-written ones: every subject and object of a few nouns,
     * each case particle on each (が, を, は, も), both orders; Spanish with and without "a" (and "al"),
     * clitics before the verb, three orders. Each item is {language, sentence}.
     */
    static List<String[]> grid() {
        List<String[]> grid = new ArrayList<>();
        for (String first : List.of("猫", "先生", "その車")) {
            for (String second : List.of("犬", "本")) {
                for (String p1 : List.of("が", "を", "は", "も")) {
                    for (String p2 : List.of("が", "を", "は")) {
                        grid.add(new String[] {"japanese", first + p1 + second + p2 + "見た"});
                    }
                }
            }
        }
        for (String subject : List.of("el niño", "la pelota", "los perros", "él")) {
            for (String object : List.of("la niña", "a la niña", "al gato", "el libro", "a los niños")) {
                grid.add(new String[] {"spanish", subject + " ve " + object});
                grid.add(new String[] {"spanish", object + " ve " + subject});
                grid.add(new String[] {"spanish", "ve " + object + " " + subject});
            }
        }
        for (String subject : List.of("el niño", "la mujer", "los niños")) {
            for (String clitic : List.of("lo", "la", "los")) {
                grid.add(new String[] {"spanish", subject + " " + clitic + " ve"});
                grid.add(new String[] {"spanish", clitic + " ve " + subject});
            }
        }
        return grid;
    }
}
