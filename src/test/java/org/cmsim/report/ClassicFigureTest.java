package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.MixedFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Rules;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.ChoiceReader;
import org.cmsim.input.ConfigReader;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.LanguageConfig;
import org.junit.jupiter.api.Test;

/** The classic figure's intervals against published values, and its panels. */
class ClassicFigureTest {

    @Test
    void wilsonIntervalMatchesNewcombe1998() {
        // Newcombe (1998), Stat. Med. 17, table I: 81/263 -> 0.2553-0.3662; 15/148 -> 0.0624-0.1605;
        // 0/20 -> 0-0.1611.
        assertArrayEquals(new double[] {0.2553, 0.3662}, ClassicFigure.wilson(81, 263), 5e-5);
        assertArrayEquals(new double[] {0.0624, 0.1605}, ClassicFigure.wilson(15, 148), 5e-5);
        assertArrayEquals(new double[] {0, 0.1611}, ClassicFigure.wilson(0, 20), 5e-5);
    }

    @Test
    void figureHasOnePanelPerDirectionOfTheThirdCue() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("src/test/resources/golden/config.json"));
        ChoiceData data = ChoiceReader.read(config.choices().orElseThrow(), config.features());
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        ModelComparison.Result result = ModelComparison.fit(Rules.select("multiplicative"), design,
                Counts.of(data.conditions()), FitOptions.defaults().withThreads(1));
        Figure figure = ClassicFigure.of("classic", "golden", result);
        String svg = new String(figure.svg(), StandardCharsets.UTF_8);
        org.w3c.dom.Element root = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(figure.svg())).getDocumentElement();
        assertEquals("svg", root.getTagName());
        // Three panels, each titled with the third cue's direction, and one legend naming the rule.
        for (String text : List.of(">golden: agreement favours n1<", ">golden: agreement neutral<",
                ">golden: agreement favours n2<", ">multiplicative rule (predicted)<", ">NNV<", ">word order<")) {
            assertTrue(svg.contains(text), text);
        }
        assertTrue(figure.caption().contains("one panel per direction of agreement"), figure.caption());
        assertEquals((byte) 0x89, figure.png()[0]);
    }

    @Test
    void theMixedModelIsDrawnAndNamedWithEveryRule() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("src/test/resources/golden/config.json"));
        ChoiceData data = ChoiceReader.read(config.choices().orElseThrow(), config.features());
        Design design = Design.of(data.conditions().stream().map(c -> c.stimulus()).toList(), config.cues());
        ModelComparison.Result result = ModelComparison.fit(Rules.select("all"), design,
                Counts.of(data.conditions()), FitOptions.defaults().withThreads(1));
        RuleFit rule = result.rules().get(0).fit();
        MixedFit mixed = new MixedFit(rule.parameters(), rule.estimates(), rule.se(),
                rule.parameters().stream().map(p -> "").toList(), List.of(), -1, rule.parameters().size(), 100, true,
                List.of(), Double.POSITIVE_INFINITY, List.of(), "(1 | subject)", false);
        // The mixed model's fixed effects set to the multiplicative rule's give back the rule's predictions.
        assertArrayEquals(rule.predicted(), ClassicFigure.populationPrediction(mixed, design), 1e-12);
        String svg = new String(ClassicFigure.of("classic", "golden", result, mixed).svg(), StandardCharsets.UTF_8);
        for (String name : List.of(">multiplicative rule (predicted)<", ">additive rule (predicted)<",
                ">hierarchy rule (predicted)<", ">multiplicative-mixed (predicted, random effects at 0)<")) {
            assertTrue(svg.contains(name), name);
        }
    }
}
