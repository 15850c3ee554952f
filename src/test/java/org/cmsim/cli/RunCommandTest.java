package org.cmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cmsim.bench.RunBenchmarks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job on the illustrative corpus: every file, its key columns, determinism and bad configs. */
class RunCommandTest {

    @TempDir
    static Path dir;
    static Path first;
    static Cli.Result result;

    @BeforeAll
    static void runOnce() {
        System.setProperty("java.awt.headless", "true");
        first = dir.resolve("run-1");
        result = Cli.run("run", "configs/illustrative.json", "--out", first.toString());
    }

    @Test
    void writesEveryFileOfTheContract() {
        assertEquals(0, result.code(), result.err());
        for (String file : List.of("comparison.csv", "heldout.csv", "summary.json", "manifest.json", "report.html",
                "illustrative/validity.csv", "illustrative/strengths.csv", "illustrative/fit.json",
                "illustrative/trajectory.csv", "illustrative/attention.csv", "illustrative/cue-contributions.csv",
                "illustrative/qkv.json", "illustrative/predictions.csv", "illustrative/conditions.csv",
                "l2-curve.csv", "plots/illustrative-l2-curve.svg", "plots/illustrative-strengths-corpus.svg",
                "plots/illustrative-predicted-choices.svg", "plots/illustrative-trajectory-rescorla-wagner.svg",
                "plots/illustrative-trajectory-animacy.svg", "plots/overview.svg",
                "plots/illustrative-attention.svg", "plots/illustrative-validity.svg")) {
            assertTrue(Files.isRegularFile(first.resolve(file)), file);
        }
        // A PNG is drawn only when asked for (--figures png or png,svg).
        assertFalse(Files.exists(first.resolve("plots/overview.png")), "no PNG by default");
        assertTrue(result.err().contains("illustrative: 10 attention heads on the corpus"), "progress lines on stderr");
    }

    @Test
    void comparisonHasOneRowPerParameterAndData() throws Exception {
        List<String> lines = Files.readAllLines(first.resolve("comparison.csv"));
        assertTrue(lines.get(0).startsWith("language,cue,competition,attention,competition_low,competition_high,"
                + "attention_low,attention_high,seeds,present,status,"), lines.get(0));
        assertEquals(1 + 5 + 5, lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals("10", cells[8], line);
            if (cells[10].equals("measured") && !cells[3].isEmpty()) {
                assertTrue(Double.parseDouble(cells[6]) < Double.parseDouble(cells[7]), "a range over heads: " + line);
                assertTrue(Double.parseDouble(cells[4]) < Double.parseDouble(cells[5]), "a finite interval: " + line);
            }
            if (Double.parseDouble(cells[9]) < 20) {
                assertEquals(Double.parseDouble(cells[9]) == 0 ? "absent" : "sparse", cells[10], line);
            }
        }
        assertTrue(lines.get(1).startsWith("illustrative,order=NVN,"), lines.get(1));
        List<String> trajectory = Files.readAllLines(first.resolve("illustrative/trajectory.csv"));
        assertEquals("step,learner,parameter,value", trajectory.get(0));
        for (String learner : List.of(",delta,", ",rescorla-wagner,", ",attention,", ",attention-choices,")) {
            assertTrue(trajectory.stream().anyMatch(line -> line.contains(learner)), learner);
        }
    }

    @Test
    void cueOrderingsAcrossReplicatesAreWrittenAndReported() throws Exception {
        assertTrue(result.err().contains("illustrative: head replicates for the verdicts (10 heads x 4 resamples)"),
                result.err());
        List<String> ranks = Files.readAllLines(first.resolve("cue-ranks.csv"));
        assertEquals("language,model,basis,replicates,ranked,cue,parameter,rank_mean,rank_low,rank_high,share_first",
                ranks.get(0));
        // Three cues (order as order=NVN, animacy, agreement) for the rule, the seeds and the seeds x resamples.
        assertEquals(1 + 3 * 3, ranks.size());
        assertTrue(ranks.get(1).startsWith("illustrative,competition,bootstrap,200,"), ranks.get(1));
        assertTrue(ranks.get(4).startsWith("illustrative,attention,seeds,10,10,order,order=NVN,"), ranks.get(4));
        assertTrue(ranks.get(7).startsWith("illustrative,attention,seeds x bootstrap,40,"), ranks.get(7));
        List<String> orderings = Files.readAllLines(first.resolve("cue-orderings.csv"));
        assertEquals("language,model,basis,ranked,ordering,count,share", orderings.get(0));
        for (String basis : List.of("competition,bootstrap", "attention,seeds", "attention,seeds x bootstrap")) {
            List<String[]> rows = orderings.stream().filter(l -> l.startsWith("illustrative," + basis + ","))
                    .map(l -> l.split(",")).toList();
            int ranked = Integer.parseInt(rows.get(0)[3]);
            assertEquals(ranked, rows.stream().mapToInt(r -> Integer.parseInt(r[5])).sum(), basis);
        }
        assertTrue(Files.readString(first.resolve("report.html")).contains("most frequent ordering"));
        assertTrue(Files.readString(first.resolve("manifest.json")).contains("--head-resamples 4"));
    }

    @Test
    void summaryAndManifestCarryTheHeadlineAndHowToReproduce() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(first.resolve("summary.json").toFile());
        JsonNode language = summary.path("languages").path("illustrative");
        // The corpus measures 3 of its 5 parameters (two order levels are sparse): too few for a correlation, and
        // the sparse ones stand apart from the ordering. The choices measure all 5.
        assertTrue(language.path("corpus").path("pearson").isNull());
        assertEquals(3, language.path("corpus").path("parameters").asInt());
        assertEquals(3, language.path("corpus").path("competitionOrdering").size());
        assertEquals("[]", language.path("corpus").path("notMeasured").toString(),
                "word order is read through its most frequent level, which is measured");
        assertTrue(language.path("choices").path("pearson").isNumber());
        assertEquals(3, language.path("choices").path("competitionOrdering").size(), "cues: order, animacy, agreement");
        // The headline's answer on the corpus: each ordering's share of replicates, and the two models' agreement
        // over pairs of replicates (200 rule refits x 10 seeds x 4 resamples).
        JsonNode corpus = language.path("corpus");
        for (String share : new String[] {"competitionOrderingShare", "attentionOrderingShare", "pairsOrderedAlike",
                "sameStrongest"}) {
            double value = corpus.path(share).asDouble(-1);
            assertTrue(value >= 0 && value <= 1, share + ": " + corpus.path(share));
        }
        assertEquals(200 * 40, corpus.path("replicatePairs").asInt());
        assertEquals(3, corpus.path("cuePairs").size(), "three cues, three pairs");
        assertTrue(language.path("choices").path("cuePairs").isMissingNode(), "no replicates of the choice fits");
        assertTrue(language.path("choices").path("fit").path("attention").path("rmse").isNumber());
        JsonNode manifest = json.readTree(first.resolve("manifest.json").toFile());
        assertEquals(64, manifest.path("inputSha256").path("corpora/illustrative/corpus.csv").asText().length());
        assertTrue(manifest.path("command").asText().startsWith("./cmsim run configs/illustrative.json --out "));
        assertTrue(manifest.path("stageSeconds").size() >= 6);
        // the stage whose share of the run `cmsim bench` reports
        assertTrue(RunBenchmarks.reportStageSeconds(first.resolve("manifest.json")) > 0);
        assertEquals(1, manifest.path("seed").asLong());
        // the illustrative corpus has no clause trace: its bootstraps resample clause by clause, and say so
        JsonNode resampling = manifest.path("resampling").path("illustrative");
        assertEquals("clauses", resampling.path("unit").asText());
        assertEquals(0, resampling.path("strata").size());
        // The L2 recorded is the one the heads were trained at: chosen by cross-validation when the config sets none.
        JsonNode attention = manifest.path("resolvedConfig").path("languages").path(0).path("attention");
        JsonNode heldOut = language.path("heldOut");
        assertEquals("cross-validated", attention.path("l2Choice").asText());
        assertEquals("cross-validated", heldOut.path("l2Choice").asText());
        assertTrue(heldOut.path("l2Curve").size() >= 3, "the search starts from three values");
        assertEquals(heldOut.path("chosenL2").asDouble(), attention.path("l2").asDouble(), 0);
    }

    /**
     * Out of sample: heldout.csv has one row per language, model and outer fold (3 folds, 5 models), the L2 of each
     * penalised model's inner choice; l2-curve.csv the heads' curve; summary.json both, with the head's differences
     * and their intervals; the report a table that answers whether attention beats the two controls.
     */
    @Test
    void heldOutComparisonIsWrittenPerFoldAndAnswered() throws Exception {
        List<String> rows = Files.readAllLines(first.resolve("heldout.csv"));
        assertEquals("language,model,fold,loglik,l2", rows.get(0));
        assertEquals(1 + 5 * 3, rows.size());
        List<String> models = List.of("rule", "head", "uniform-attention", "interaction-logistic", "order-only");
        for (int m = 0; m < 5; m++) {
            for (int f = 1; f <= 3; f++) {
                String[] cells = rows.get(1 + 3 * m + f - 1).split(",", -1);
                assertEquals("illustrative", cells[0]);
                assertEquals(models.get(m), cells[1]);
                assertEquals(Integer.toString(f), cells[2]);
                assertTrue(Double.parseDouble(cells[3]) < 0, "a log-likelihood: " + rows.get(1 + 3 * m + f - 1));
                boolean penalised = m >= 1 && m <= 3;
                assertEquals(penalised, !cells[4].isEmpty(), rows.get(1 + 3 * m + f - 1));
            }
        }
        List<String> curve = Files.readAllLines(first.resolve("l2-curve.csv"));
        assertEquals("language,l2,cv_loglik,se,within_one_se,chosen", curve.get(0));
        assertTrue(curve.stream().skip(1).allMatch(line -> line.startsWith("illustrative,")));
        assertEquals(1, curve.stream().filter(line -> line.endsWith(",true,true")).count(), "one chosen, in its set");

        JsonNode heldOut = new ObjectMapper().readTree(first.resolve("summary.json").toFile()).path("languages")
                .path("illustrative").path("heldOut");
        assertEquals(curve.size() - 1, heldOut.path("l2Curve").size());
        assertTrue(heldOut.path("chosenL2Interior").isBoolean());
        assertTrue(heldOut.path("oneSeL2").size() >= 1);
        double sum = 0;
        for (String row : rows.subList(1, 4)) {
            sum += Double.parseDouble(row.split(",")[3]);
        }
        assertEquals(sum, heldOut.path("heldOutLogLik").path("rule").asDouble(), 1e-9);
        assertEquals(3, heldOut.path("models").path("head").path("foldL2").size());
        JsonNode differences = heldOut.path("differences");
        assertEquals(3, differences.size());
        assertEquals("uniform-attention", differences.path(0).path("baseline").asText());
        assertEquals("interaction-logistic", differences.path(1).path("baseline").asText());
        assertEquals(heldOut.path("heldOutLogLik").path("head").asDouble()
                - heldOut.path("heldOutLogLik").path("uniform-attention").asDouble(),
                differences.path(0).path("difference").asDouble(), 1e-9);
        assertEquals(2, differences.path(0).path("tokenInterval").size());
        assertTrue(List.of("better", "worse", "undecided").contains(differences.path(0).path("verdict").asText()));

        String html = Files.readString(first.resolve("report.html"));
        assertTrue(html.contains("head &minus; uniform-attention") && html.contains("head &minus; interaction-logistic"),
                "the answer");
        assertFalse(html.contains("L2 0.000"), "a small L2 in scientific notation");
        String svg = Files.readString(first.resolve("plots/illustrative-l2-curve.svg"));
        assertTrue(Pattern.compile("<text[^>]*>1e-\\d").matcher(svg).find(), "each L2 labelled as text");
        assertTrue(result.out().contains("head_minus_uniform"), result.out());
    }

    @Test
    void anL2SetInTheConfigIsUsedAsItIsAndRecorded(@TempDir Path tmp) throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode config = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(Path.of("configs/illustrative.json").toFile());
        config.put("corpus", Path.of("corpora/illustrative/corpus.csv").toAbsolutePath().toString());
        config.put("choices", Path.of("corpora/illustrative/choices.csv").toAbsolutePath().toString());
        config.withObject("attention").put("l2", 0.05);
        Path file = tmp.resolve("fixed-l2.json");
        json.writeValue(file.toFile(), config);
        Path out = tmp.resolve("run");
        Cli.Result run = Cli.run("run", file.toString(), "--out", out.toString(), "--seeds", "2", "--bootstrap", "20",
                "--head-resamples", "1");
        assertEquals(0, run.code(), run.err());
        JsonNode heldOut = json.readTree(out.resolve("summary.json").toFile()).path("languages").elements().next()
                .path("heldOut");
        assertEquals("as-set", heldOut.path("l2Choice").asText());
        assertEquals(1, heldOut.path("l2Curve").size());
        assertEquals(List.of(0.05, 0.05, 0.05), java.util.stream.StreamSupport.stream(heldOut.path("models")
                .path("head").path("foldL2").spliterator(), false).map(JsonNode::asDouble).toList());
        assertEquals(0.05, heldOut.path("chosenL2").asDouble(), 0);
        JsonNode attention = json.readTree(out.resolve("manifest.json").toFile()).path("resolvedConfig")
                .path("languages").path(0).path("attention");
        assertEquals(0.05, attention.path("l2").asDouble(), 0);
        assertEquals("as-set", attention.path("l2Choice").asText());
    }

    /**
     * A run config's "transfer" block: the run writes each transfer under transfer/FROM-to-TO/, lists it in
     * summary.json, and records the pairs with their settings in the manifest's resolved config.
     */
    @Test
    void aRunConfigsTransfersAreRunWrittenAndRecorded(@TempDir Path tmp) throws Exception {
        String language = Path.of("configs/illustrative.json").toAbsolutePath().toString().replace("\\", "/");
        Path file = tmp.resolve("with-transfer.json");
        Files.writeString(file, "{\"name\": \"with-transfer\", \"seed\": 1, \"languages\": [\"" + language
                + "\"], \"transfer\": [{\"from\": \"" + language + "\", \"to\": \"" + language
                + "\", \"exposure\": 2000, \"orders\": 2, \"seeds\": 1}]}");
        Path out = tmp.resolve("run");
        Cli.Result run = Cli.run("run", file.toString(), "--quiet", "--out", out.toString(), "--seeds", "2",
                "--bootstrap", "20", "--head-resamples", "1");
        assertEquals(0, run.code(), run.err());
        Path folder = out.resolve("transfer/illustrative-to-illustrative");
        assertEquals("learner,exposure,cue,strength,low,high",
                Files.readAllLines(folder.resolve("transfer.csv")).get(0));
        assertTrue(Files.exists(folder.resolve("transfer-summary.csv")));
        ObjectMapper json = new ObjectMapper();
        assertEquals(1, json.readTree(out.resolve("summary.json").toFile()).path("transfers").size());
        JsonNode pair = json.readTree(out.resolve("manifest.json").toFile()).path("resolvedConfig").path("transfer")
                .path(0);
        assertEquals("illustrative", pair.path("from").asText());
        assertEquals("illustrative", pair.path("to").asText());
        assertEquals(2000, pair.path("exposure").asLong());
        assertEquals(2, pair.path("orders").asInt());
        assertEquals(1, pair.path("seeds").asInt());
    }

    @Test
    void reportIsSelfContainedAndShowsItsPlots() throws Exception {
        String html = Files.readString(first.resolve("report.html"));
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"https?://").matcher(html).find(), "no network references");
        assertFalse(html.contains("<script"), "no scripts");
        Matcher images = Pattern.compile("<figure><img alt=\"[^\"]*\" src=\"data:image/svg\\+xml;base64,([^\"]+)\"")
                .matcher(html);
        int count = 0;
        while (images.find()) {
            byte[] svg = Base64.getDecoder().decode(images.group(1));
            org.w3c.dom.Element root = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg)).getDocumentElement();
            assertEquals("svg", root.getTagName());
            assertTrue(Integer.parseInt(root.getAttribute("width")) >= 400, "legible width");
            // A plot: its title, axes and labels as text, and marks to read.
            assertTrue(root.getElementsByTagName("text").getLength() >= 5, "text kept as text");
            assertTrue(root.getElementsByTagName("*").getLength() > 20, "a plot, not a blank picture");
            count++;
        }
        assertEquals(15, count, "the overview, strengths and predicted-vs-observed for corpus and choices, five"
                + " learning panels and Rescorla-Wagner's, the L2 curve, heatmap, validity, the classic figure of the"
                + " choices");
        for (String section : List.of("id=\"toc\"", "What was run", "Headline", "Reading attention weights",
                "Reproduce")) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("<h1>cmsim run: illustrative (invented data)</h1>"), "invented data say so");
        // Without findings the verdict matrix says so, still the first table after the contents.
        assertTrue(html.indexOf("<nav id=\"toc\">") < html.indexOf("<table id=\"verdict-matrix\">")
                && html.indexOf("<table id=\"verdict-matrix\">") == html.indexOf("<table"), "the matrix first");
        assertTrue(html.contains("No published findings to compare with"));
        assertTrue(html.contains("<h2 id=\"language-illustrative\">illustrative (invented data)</h2>"));
        // The contents first, then the answer (the headline), then what was run; details follow.
        assertTrue(html.indexOf("id=\"toc\"") < html.indexOf("id=\"headline\"")
                && html.indexOf("id=\"headline\"") < html.indexOf("id=\"what-was-run\"")
                && html.indexOf("id=\"what-was-run\"") < html.indexOf("id=\"reproduce\""));
    }

    @Test
    void sameSeedWritesIdenticalCsvAndJson() throws Exception {
        Path second = dir.resolve("run-2");
        assertEquals(0, Cli.run("run", "configs/illustrative.json", "--quiet", "--threads", "1", "--out",
                second.toString()).code());
        try (Stream<Path> files = Files.walk(first)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = first.relativize(file).toString();
                if ((name.endsWith(".csv") || name.endsWith(".json")) && !name.equals("manifest.json")) {
                    assertEquals(Files.readString(file), Files.readString(second.resolve(name)), name);
                }
            }
        }
    }

    /** Another JVM orders hash-based maps differently; every JSON object must still come out the same. */
    @Test
    void sameSeedInAnotherJvmWritesIdenticalJson() throws Exception {
        Path other = dir.resolve("run-other-jvm");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                "configs/illustrative.json", "--quiet", "--out", other.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        for (String file : List.of("summary.json", "illustrative/fit.json", "illustrative/qkv.json", "comparison.csv")) {
            assertEquals(Files.readString(first.resolve(file)), Files.readString(other.resolve(file)), file);
        }
    }

    @Test
    void languageWithoutCorpusFailsWithFieldPathAndNoOutput() throws Exception {
        Path config = dir.resolve("no-corpus.json");
        Files.writeString(config, """
                {"name": "x", "languages": [
                  {"name": "lonely", "features": {}, "cues": []}
                ]}
                """);
        assertRunFails(config, Main.EXIT_DATA, "no-corpus.json:2: languages[0].corpus: is required");
    }

    @Test
    void cueTheCorpusLacksFailsWithColumnNames() throws Exception {
        Files.writeString(dir.resolve("corpus.csv"), "order,n1.animacy,n2.animacy,agent\nNVN,animate,inanimate,n1\n");
        Path config = dir.resolve("lacks.json");
        Files.writeString(config, """
                {"name": "lacks", "corpus": "corpus.csv",
                 "features": {"animacy": ["animate", "inanimate"], "case": ["nom", "acc"]},
                 "cues": [{"kind": "contrast", "feature": "case", "value": "nom"}]}
                """);
        assertRunFails(config, Main.EXIT_DATA, "corpus.csv:1: cue 'case' needs column n1.case and n2.case");
    }

    @Test
    void aStudySettingOutOfRangeIsAUsageErrorNamingItsOption() {
        Cli.Result seeds = Cli.run("run", "configs/illustrative.json", "--quiet", "--seeds", "0", "--out",
                dir.resolve("seeds").toString());
        assertEquals(Main.EXIT_USAGE, seeds.code());
        assertTrue(seeds.err().contains("--seeds: the number of heads (seeds) must be at least 1, got 0"), seeds.err());
        Cli.Result bootstrap = Cli.run("run", "configs/illustrative.json", "--quiet", "--bootstrap", "0", "--out",
                dir.resolve("bootstrap").toString());
        assertEquals(Main.EXIT_USAGE, bootstrap.code());
        assertTrue(bootstrap.err().contains("--bootstrap: "), bootstrap.err());
        assertFalse(Files.exists(dir.resolve("seeds")));
    }

    @Test
    void outputPathThatIsAFileFails() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Cli.Result failed = Cli.run("run", "configs/illustrative.json", "--quiet", "--out", file.toString());
        assertEquals(Main.EXIT_USAGE, failed.code());
        assertTrue(failed.err().contains("not a directory"), failed.err());
        assertEquals("x", Files.readString(file));
    }

    private void assertRunFails(Path config, int code, String message) {
        Path out = dir.resolve("failed-" + config.getFileName());
        Cli.Result failed = Cli.run("run", config.toString(), "--quiet", "--out", out.toString());
        assertEquals(code, failed.code(), failed.err());
        assertTrue(failed.err().contains(message), failed.err());
        assertFalse(Files.exists(out));
    }
}
