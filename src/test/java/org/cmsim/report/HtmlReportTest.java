package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.PublishedFinding;
import org.cmsim.study.CueOrderings;
import org.cmsim.study.FindingVerdicts;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.StudyOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report opens with its contents and the verdicts, one symbol per finding and model, shares on hover. */
class HtmlReportTest {

    private static String html;
    private static List<FindingVerdicts.Finding> findings;

    @BeforeAll
    static void render() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        StudyOptions options = StudyOptions.defaults().withSeeds(2).withHeadResamples(1).withBootstrap(20);
        LanguageOutcome outcome = LanguageOutcome.of(LanguageStudy.run(config, CueColumns.readCorpus(config),
                Optional.empty(), 2, (language, stage, seconds) -> { }, options));
        findings = FindingVerdicts.of(List.of(outcome), List.of(
                finding("adults", List.of(List.of("order"), List.of("animacy")), "NVN"),
                finding("adults", List.of(List.of("agreement"), List.of("order")), "NVN"),
                finding("children", List.of(List.of("order"), List.of("agreement")), "NVN"),
                new PublishedFinding("illustrative", "learning", "r", "Context (2000)", List.of(), Optional.empty())));
        HtmlReport.Section section = new HtmlReport.Section(outcome.study(), outcome.corpus(), outcome.choices(),
                List.of(), CueOrderings.of(outcome), outcome.headlines());
        Figure overview = Figure.ofBytes("overview", "caption", new byte[0], new byte[0]);
        html = HtmlReport.render("t", "./cmsim run", 1, "0", overview, List.of(section), findings);
    }

    private static PublishedFinding finding(String group, List<List<String>> ordering, String order) {
        return new PublishedFinding("illustrative", group, "r", "Someone & Other (1999), Journal 1", ordering,
                Optional.empty(), Optional.empty(), Optional.of(order));
    }

    @Test
    void contentsThenVerdictsThenHeadlineThenWhatWasRun() {
        int toc = html.indexOf("<nav id=\"toc\">");
        int matrix = html.indexOf("<table id=\"verdict-matrix\">");
        int headline = html.indexOf("id=\"headline\"");
        int inputs = html.indexOf("id=\"what-was-run\"");
        assertTrue(toc > 0 && toc < matrix && matrix < headline && headline < inputs, toc + " " + matrix + " "
                + headline + " " + inputs);
        assertEquals(html.indexOf("<table"), matrix, "the verdict matrix before any other table");
        for (String anchor : List.of("#verdicts", "#headline", "#what-was-run", "#published",
                "#language-illustrative", "#reproduce")) {
            assertTrue(html.contains("href=\"" + anchor + "\""), anchor);
            assertTrue(html.contains("id=\"" + anchor.substring(1) + "\""), anchor);
        }
        assertTrue(html.contains("<h2 id=\"language-illustrative\">illustrative (invented data)</h2>\n<details>"),
                "a language's tables and figures fold away");
    }

    @Test
    void eachFindingGetsOneSymbolPerModelWithItsRelationsOnHoverAndInADetailsRow() {
        String matrix = html.substring(html.indexOf("<table id=\"verdict-matrix\">"), html.indexOf("</table>",
                html.indexOf("<table id=\"verdict-matrix\">")));
        Matcher cells = Pattern.compile("<td class=\"v (\\w+)\" title=\"([^\"]*)\">").matcher(matrix);
        int count = 0;
        while (cells.find()) {
            String verdict = cells.group(2).split(":")[0];
            assertEquals(switch (verdict) {
                case "holds" -> "holds";
                case "fails" -> "fails";
                case "undecided" -> "undecided";
                case "partly measured" -> "partly";
                default -> "unmeasured";
            }, cells.group(1), cells.group(2));
            count++;
        }
        // Two findings about adults (rule, heads) and one about children (early learning only).
        assertEquals(5, count);
        FindingVerdicts.Finding first = findings.get(0);
        assertTrue(matrix.contains("title=\"" + first.competitionVerdict().replace(">", "&gt;") + "\""),
                first.competitionVerdict());
        assertEquals(3, matrix.split("<tr class=\"details\">", -1).length - 1, "one details row per finding");
        assertTrue(matrix.contains("<td>Someone &amp; Other (1999): adults</td>"), "the study up to its year");
        assertTrue(html.contains("1 further finding (about learning, corpora, or children without a corpus to compare) is"), "the context-only finding is counted, not in the matrix");
    }
}
