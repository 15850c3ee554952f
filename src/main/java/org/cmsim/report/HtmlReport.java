package org.cmsim.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.Dominance;
import org.cmsim.compare.ModelAgreement;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.competition.GoodnessOfFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.study.CueOrderings;
import org.cmsim.study.FindingVerdicts.Finding;
import org.cmsim.study.Headline;
import org.cmsim.study.LanguageStudy;
import org.cmsim.validity.CueValidity;

/**
 * The run's report: one self-contained HTML page (inline CSS, plots as inline SVG data; nothing is
 * fetched), in the order a reader needs: what was run, the headline comparison, then per language
 * the tables and plots, the caveat about reading attention weights, and how to reproduce the run.
 */
public final class HtmlReport {

    /** One language's part of the report. */
    public record Section(LanguageStudy.Result study, Comparison.Result corpus, Optional<Comparison.Result> choices,
                          List<Figure> figures, List<CueOrderings.Distribution> orderings, List<Headline> headlines) {
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 1000px; margin: 2em auto; padding: 0 1em;
                   color: #222; line-height: 1.45; }
            h1 { font-size: 1.7em; } h2 { margin-top: 2em; border-bottom: 2px solid #ddd; } h3 { margin-top: 1.4em; }
            table { border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.92em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
            th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 1em 0 2em; } figure img { max-width: 100%; border: 1px solid #eee; }
            figcaption { font-size: 0.9em; color: #555; }
            .caveat { background: #fff8e1; border-left: 4px solid #f0b400; padding: 0.6em 1em; }
            .howto { background: #eef6fb; border-left: 4px solid #1f77b4; padding: 0.5em 1em; font-size: 0.93em; }
            tr.grey td { color: #999; }
            code, pre { background: #f5f5f5; padding: 0.1em 0.3em; } pre { padding: 0.6em; overflow-x: auto; }
            nav#toc { background: #fafafa; border: 1px solid #e3e3e3; padding: 0.2em 1em 0.4em; }
            nav#toc h2 { margin-top: 0.5em; border: none; font-size: 1.1em; } nav#toc ol { margin: 0.3em 0; }
            details { margin: 0.4em 0 1em; } summary { cursor: pointer; color: #1f5f8b; }
            td, th { overflow-wrap: break-word; }
            .v { white-space: nowrap; font-weight: 600; } .holds { color: #1a7f37; } .fails { color: #b3261e; }
            .undecided { color: #8a6d00; } .partly { color: #5b4a9e; } .unmeasured { color: #777; }
            #verdict-matrix tr.details td { border-top: none; padding-top: 0; font-size: 0.88em; }
            #verdict-matrix tr.details summary { color: #777; font-size: 0.9em; }
            """;

    private HtmlReport() {
    }

    public static String render(String title, String command, long seed, String version, Figure overview,
                                List<Section> sections, List<Finding> findings) {
        return render(title, command, seed, version, overview, sections, findings, "");
    }

    /** As above, with {@code appendix} (rendered sections, such as the transfers') after the languages. */
    public static String render(String title, String command, long seed, String version, Figure overview,
                                List<Section> sections, List<Finding> findings, String appendix) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>cmsim: ")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        boolean invented = !sections.isEmpty() && sections.stream().allMatch(s -> s.study().config().invented());
        html.append("<h1>cmsim run: ").append(Html.escape(title)).append(invented ? " (invented data)" : "")
                .append("</h1>\n");
        if (invented) {
            html.append("<p class=\"caveat\">The data of this run are invented, for learning the tool: nothing here"
                    + " is a finding about real listeners or real language.</p>\n");
        }
        html.append(tableOfContents(sections, !findings.isEmpty()));
        verdictMatrix(html, findings);
        headline(html, sections);
        html.append(figure(overview));
        whatWasRun(html, command, seed, version, sections);
        if (!findings.isEmpty()) {
            published(html, findings);
        }
        for (Section section : sections) {
            language(html, section);
        }
        html.append(appendix);
        caveat(html);
        html.append("<h2 id=\"reproduce\">Reproduce</h2>\n<p>From the root of the cmsim repository, with the same inputs (their"
                + " SHA-256 sums are in <code>manifest.json</code>):</p>\n<pre>").append(Html.escape(command))
                .append("</pre>\n<p>Every random draw comes from the seed (").append(seed)
                .append("), so the CSV and JSON files come out the same byte for byte.</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void whatWasRun(StringBuilder html, String command, long seed, String version,
                                   List<Section> sections) {
        html.append("<h2 id=\"what-was-run\">What was run</h2>\n<details>\n<summary>Inputs: corpora, tokens, choice"
                + " data, genres</summary>\n<p>For each language, cmsim counted the cues' validity in the exposure"
                + " corpus, fitted the Competition Model's multiplicative rule to the corpus itself (where an"
                + " error-driven learner settles) and, where there are people's choices, fitted all choice rules to"
                + " them; it traced learning over exposure, and trained attention heads (one per seed) on the same corpus"
                + " (and on the same choices). Command: <code>").append(Html.escape(command)).append("</code>, seed ")
                .append(seed).append(", cmsim ").append(Html.escape(version)).append(".</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (Section s : sections) {
            LanguageStudy.Result study = s.study();
            rows.add(List.of(Html.escape(study.config().name()), Html.escape(study.config().corpus().toString()),
                    num(study.corpus().totalCount()), num(study.analysis().exposure().design().rows()),
                    study.choices().map(LanguageStudy.Choices::data).map(c -> Html.escape(study.config().choices()
                            .orElseThrow().toString()) + " (" + c.totalTrials() + " trials, " + c.conditions().size()
                            + " conditions)").orElse("none")));
        }
        html.append(Html.table(List.of("language", "corpus", "tokens", "sentence types", "choice data"), rows));
        java.util.Map<String, org.cmsim.model.SentenceCorpus> corpora = new java.util.LinkedHashMap<>();
        sections.forEach(s -> corpora.put(s.study().config().name(), s.study().corpus()));
        html.append(CorpusTable.html(corpora));
        html.append("</details>\n");
    }

    private static void headline(StringBuilder html, List<Section> sections) {
        html.append("<h2 id=\"headline\">Headline: Competition Model vs attention heads</h2>\n<p>Per language: each model's"
                + " ordering of the cues, strongest first, with the share of its replicates that order them so (the"
                + " rule refitted to bootstrap resamples of the corpus; the heads of every seed refitted to resamples);"
                + " over pairs of replicates, one of each model, the share in which the two order a pair of cues alike"
                + " (averaged over the pairs of cues) and the share in which they agree on the strongest cue; and,"
                + " over five or more <em>measured</em> parameters, Pearson's r between the rule's parameters and the"
                + " heads' mean contributions, with the 2.5-97.5% range of r over the pairs of replicates.</p>\n");
        html.append(howTo("One rule orders cues everywhere in this report (headline, verdicts, cue ranks). Each cue"
                + " is read through one parameter, word order through the <i>order effect</i> (half the contrast"
                + " between the canonical order and the mean of the others) where the corpus measures it, else its"
                + " most frequent level; the verdicts read it as each finding names it, mostly the order effect. A"
                + " <em>measured</em> parameter is placed by its size. A <em>separated</em> one (the corpus makes the"
                + " rule's estimate unbounded, so its number is the prior's) is placed by its 95% profile interval:"
                + " just above the strongest cue whose size is below the interval's finite bound, and written"
                + " <code>&gt;=cue</code>: it is stronger than every cue after it, and the data cannot tell whether it"
                + " is stronger than those before it. The heads have a finite contribution for every present cue, so"
                + " their ordering places all by size. <em>Sparse</em> parameters (present in fewer tokens than the"
                + " threshold) and <em>absent</em> ones are not measured: listed apart, never ordered. A correlation"
                + " over fewer than five measured parameters is not shown (it would describe two or three points)."
                + " The overview figure shows every compared parameter with both intervals: points near the grey line"
                + " are parameters the two models weigh alike; a long bar means the data (or the seeds) leave the"
                + " value open."));
        List<List<String>> rows = new ArrayList<>();
        for (Section s : sections) {
            List<Comparison.Result> results = new ArrayList<>(List.of(s.corpus()));
            s.choices().ifPresent(results::add);
            for (int i = 0; i < results.size(); i++) {
                Comparison.Result r = results.get(i);
                Headline h = s.headlines().get(i);
                Optional<ModelAgreement.Result> agreement = h.agreement();
                rows.add(List.of(Html.escape(h.language()), h.data(),
                        Html.escape(h.competition().describe()) + share(h.competitionShare()),
                        Html.escape(h.attention().describe()) + share(h.attentionShare()),
                        agreement.map(a -> percent(a.pairsAlike())).orElse("no replicates"),
                        agreement.map(a -> percent(a.sameStrongest())).orElse("no replicates"),
                        h.correlations().n() < Correlations.HEADLINE_MINIMUM
                                ? "not shown (" + h.correlations().n() + " measured)"
                                : cell(h.correlations().pearson()) + agreement.filter(a -> !Double.isNaN(a.pearsonLow()))
                                        .map(a -> " [" + cell(a.pearsonLow()) + ", " + cell(a.pearsonHigh()) + "]")
                                        .orElse(" (no interval)"),
                        Html.escape(String.join(", ", h.competition().notMeasured())),
                        r.disagreements().size() + " of " + r.conflicts()));
            }
        }
        html.append(Html.table(List.of("language", "data", "Competition ordering", "attention ordering",
                "pairs of cues ordered alike", "same strongest cue", "Pearson r [95%]", "not measured",
                "conflict conditions where they disagree"), rows));
    }

    /** " (62% of replicates)" after an ordering; nothing when there are no replicates. */
    private static String share(double share) {
        return Double.isNaN(share) ? "" : " <span class=\"share\">(" + percent(share) + " of replicates)</span>";
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "&ndash;" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static void published(StringBuilder html, List<Finding> findings) {
        html.append("<h2 id=\"published\">Against published human results, relation by relation</h2>\n<p>Each language's fitted cue orderings beside the"
                + " published finding about adult listeners. Every published relation \"a is stronger than b\" is"
                + " checked in replicates: for the Competition Model, the multiplicative rule refitted to bootstrap"
                + " resamples of the corpus's sentences; for attention, new heads trained from scratch on"
                + " bootstrap resamples of the corpus (seeds x resamples). Nothing was tuned to produce a match. The"
                + " strengths are those of the asymptotic learner of each corpus, that is, what the corpus's cue"
                + " statistics support, not fits to these listeners' choices. A finding about children is set"
                + " against the child-directed corpus where the run has one, and against <i>early learning</i> (last"
                + " column); findings about learning and corpora are listed for context.</p>\n");
        html.append(howTo("A relation <b>holds</b> when a is stronger than b (by absolute log-odds) in at least 95% of"
                + " the replicates, <b>fails</b> when b is stronger in at least 95%, and is <b>undecided</b> otherwise;"
                + " the percentage is the share in which it holds. It is <b>not measured</b> when a side is sparse"
                + " (present in fewer than the threshold of tokens) or absent: such a cue takes part in no verdict."
                + " A finding fails when one of its relations fails; otherwise it is <b>partly measured</b> when one"
                + " is not measured, holds when all hold, and is undecided otherwise. <i>Word order</i> is read as"
                + " the finding names it, in brackets: one level (order=NVN), or the <i>order effect</i>, half the"
                + " contrast between the canonical order and the mean of the other orders (as an experiment presents"
                + " them equally often); the levels are in the tables of each language. A <i>separated</i> cue has no"
                + " estimate, only a one-sided interval: it beats another cue only where that cue is below its finite"
                + " bound (written <code>&gt;=cue</code>). <i>The heads' replicates:</i> for each of the K heads, R new"
                + " heads, each trained from scratch (its own initialisation; the same L2 and early stopping) on its"
                + " own resample of the corpus; the seeds carry the spread between"
                + " initialisations, the resamples the spread between samples of sentences (K x R replicates; the"
                + " rule's 200 refits carry the second only, as a convex fit has one optimum). <i>Resamples:</i> both"
                + " models draw the same kind: within each source treebank, whole documents where the treebank marks"
                + " at least " + org.cmsim.model.CorpusClusters.MIN_DOCUMENTS + " of them, else whole sentences (all"
                + " clauses of a sentence or document together, as they are not independent); a corpus without a"
                + " clause trace, clause by clause. The manifest's <code>resampling</code> says which, per language."
                + " <i>Early learning:</i>"
                + " the delta rule at the first point of its trajectory where it has gained half the log-likelihood"
                + " it gains over the whole run, its weights read there over other learning orders (as many as the"
                + " rule's bootstrap refits); a cue presented fewer times than the threshold by then is not measured"
                + " (the point maps to no age: it says which cues a learner picks up first from this input). Its"
                + " corpus is named: the child-directed one where the run has it, else the language's adult text."));
        List<List<String>> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(List.of("<b>" + Html.escape(f.language()) + "</b>, " + Html.escape(f.group()) + ": "
                            + Html.escape(f.published()) + "<br><small>" + Html.escape(f.citation()) + "</small>",
                    verdictAndOrdering(f.competitionVerdict(), f.competition()),
                    verdictAndOrdering(f.attentionVerdict(), f.attention()),
                    f.early().map(e -> verdictAndOrdering(e.verdict(), e.ordering()) + "<br><small>"
                            + Html.escape(e.basis()) + "</small>").orElse("")));
        }
        html.append("<details>\n<summary>Every finding with both models' orderings and each relation's share</summary>\n")
                .append(Html.table(List.of("published finding", "Competition Model", "attention heads",
                        "early learning (findings about children)"), rows))
                .append("</details>\n");
    }

    /** A verdict in bold, its relations, then the model's ordering of the cues. */
    private static String verdictAndOrdering(String verdict, String ordering) {
        return "<b>" + Html.escape(verdict) + "</b>" + (ordering.isEmpty() ? "" : "<br><small>ordering: "
                + Html.escape(ordering) + "</small>");
    }

    private static void language(StringBuilder html, Section s) {
        LanguageStudy.Result study = s.study();
        String name = Html.escape(study.config().title());
        html.append("<h2 id=\"").append(anchor(study.config().name())).append("\">").append(name)
                .append("</h2>\n<details>\n<summary>Validity, strengths, orderings, held-out fit and figures of ")
                .append(name).append("</summary>\n<h3>Cue validity in the corpus</h3>\n");
        List<List<String>> validity = new ArrayList<>();
        for (CueValidity.Row row : study.analysis().validity()) {
            validity.add(List.of(Html.escape(row.cue()), num(row.present()), cell(row.availability()),
                    cell(row.reliability()), cell(row.validity()), num(row.conflicts()), cell(row.conflictValidity())));
        }
        html.append(Html.table(List.of("cue", "present (tokens)", "availability", "reliability", "overall validity",
                "conflicts", "conflict validity"), validity));
        html.append(validityOrderings(s));
        List<Comparison.Result> results = new ArrayList<>(List.of(s.corpus()));
        s.choices().ifPresent(results::add);
        for (Comparison.Result r : results) {
            html.append("<h3>Strengths and contributions (").append(r.data()).append(")</h3>\n");
            List<List<String>> cues = new ArrayList<>();
            List<Boolean> grey = new ArrayList<>();
            for (Comparison.CueRow row : r.cues()) {
                cues.add(List.of(Html.escape(row.parameter()), row.status().configName(), num(Math.round(row.present())),
                        cell(row.competition()) + (row.status() == org.cmsim.competition.ParameterStatus.SEPARATED
                                ? " (prior)" : ""),
                        interval(row.competitionLow(), row.competitionHigh()), cell(row.attention()),
                        interval(row.attentionLow(), row.attentionHigh()), cell(row.attentionSplit())));
                grey.add(!row.comparable());
            }
            html.append(howTo("Competition: the multiplicative rule's weight with its 95% profile-likelihood interval"
                    + " (&infin;: the bound is infinite). For a <i>separated</i> parameter the corpus makes the"
                    + " maximum-likelihood estimate unbounded: the interval's finite bound is what the data say (the"
                    + " strength is at least that), and the number shown is set by a Normal(0, 2.5&sup2;) prior,"
                    + " only so that a bar can be drawn. Attention: mean over the heads with the 2.5-97.5% range."
                    + " Grey rows are sparse or absent: not compared."));
            html.append(greyRows(Html.table(List.of("parameter", "status", "present (tokens)", "Competition (log-odds)",
                    "95% interval", "attention (mean of heads)", "range over heads", "attention (score split)"),
                    cues), grey));
            if (r.data().equals("corpus")) {
                html.append(priorSensitivity(study));
                html.append(HeldOutHtml.section(study));
                html.append(OrderingsHtml.section(s.orderings()));
            }
            List<List<String>> fits = new ArrayList<>();
            for (Comparison.ModelFit fit : r.fits()) {
                fits.add(List.of(fit.model(), cell(fit.rmse()), cell(fit.r()), cell(fit.logLik())));
            }
            html.append("<p>How well each model's P(n1) matches the observed share (").append(r.data())
                    .append("):</p>\n").append(Html.table(List.of("model", "RMSE", "r", "log-likelihood"), fits));
        }
        study.choices().ifPresent(choices -> html.append("<h3>Choice rules on the choices</h3>\n")
                .append(rulesTable(choices.rules())));
        html.append("<h3>Plots</h3>\n");
        html.append(howTo("Learning trajectories: one panel per parameter in log-odds (the delta"
                + " rule solid, the first attention head dashed), and Rescorla-Wagner on its own panel, since its"
                + " weights are in outcome units. A separated parameter's delta-rule weight keeps growing: it has no"
                + " asymptote. In the heatmap each row is a conflict sentence type (two cues point to different"
                + " nouns: the head must weigh them) with its true agent; a pointer head that reads the sentence like"
                + " the corpus puts its weight on that noun."
                + (study.choices().isPresent() ? " The classic figure (as in MacWhinney, Bates &amp; Kliegl 1984) shows"
                + " people's choices: the share choosing the first noun per word order, one line per direction of the"
                + " first cue, one panel per direction of the second, with 95% Wilson intervals; the dashed lines are"
                + " each rule's prediction (the legend names each dash), and a rule that describes the listeners"
                + " follows the points."
                + (study.rulesByGroup().isEmpty() ? "" : " One such figure per group, each group fitted alone.") : "")));
        for (Figure figure : s.figures()) {
            // Every figure, the learning panels too, at the page's full width, so that its text reads.
            html.append(figure(figure));
        }
        html.append("</details>\n");
    }

    /** The page's sections, linked: the verdicts and the headline first, each language after. */
    private static String tableOfContents(List<Section> sections, boolean findings) {
        StringBuilder toc = new StringBuilder("<nav id=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
        toc.append("<li><a href=\"#verdicts\">Verdicts against published results</a></li>\n");
        toc.append("<li><a href=\"#headline\">Headline: Competition Model vs attention heads</a></li>\n")
                .append("<li><a href=\"#what-was-run\">What was run</a></li>\n");
        if (findings) {
            toc.append("<li><a href=\"#published\">Against published results, relation by relation</a></li>\n");
        }
        toc.append("<li>Languages: ");
        List<String> links = new ArrayList<>();
        for (Section s : sections) {
            String name = s.study().config().name();
            links.add("<a href=\"#" + anchor(name) + "\">" + Html.escape(name) + "</a>");
        }
        toc.append(String.join(", ", links)).append("</li>\n")
                .append("<li><a href=\"#attention-weights\">Reading attention weights</a></li>\n")
                .append("<li><a href=\"#reproduce\">Reproduce</a></li>\n</ol>\n</nav>\n");
        return toc.toString();
    }

    /** A language's section anchor: its name as a folder name, so two languages never share one. */
    static String anchor(String language) {
        return "language-" + org.cmsim.study.RunStudy.folderName(language);
    }

    /**
     * One row per published finding that orders cues, one symbol per model: holds, fails, undecided, partly
     * measured, not measured. The relations and their shares are on hover and in the row below.
     */
    private static void verdictMatrix(StringBuilder html, List<Finding> findings) {
        if (findings.isEmpty()) {
            html.append("<h2 id=\"verdicts\">Verdicts against published results</h2>\n");
            html.append("<table id=\"verdict-matrix\">\n<tbody>\n<tr><td>No published findings to compare with: the"
                    + " run's config names none (a run config's <code>\"findings\"</code>, as in"
                    + " <code>configs/default.json</code>).</td></tr>\n</tbody>\n</table>\n");
            return;
        }
        html.append("<h2 id=\"verdicts\">Verdicts against published results</h2>\n<p>Each published finding that"
                + " orders cues, against each model: <span class=\"v holds\">&#10003; holds</span>,"
                + " <span class=\"v fails\">&#10007; fails</span>, <span class=\"v undecided\">? undecided</span>,"
                + " <span class=\"v partly\">&#9680; partly measured</span>, <span class=\"v unmeasured\">&ndash; not"
                + " measured</span>. Hover over a verdict for its relations and shares, or open the row's details;"
                + " <a href=\"#published\">the full table</a> gives the orderings and the findings listed for"
                + " context.</p>\n");
        html.append("<table id=\"verdict-matrix\">\n<thead><tr><th>language</th><th>published finding</th>"
                + "<th>Competition Model</th><th>attention heads</th><th>early learning</th></tr></thead>\n<tbody>\n");
        int context = 0;
        for (Finding f : findings) {
            boolean compared = f.compared();
            if (!compared && f.early().isEmpty()) {
                context++;
                continue;
            }
            html.append("<tr><td>").append(Html.escape(f.language())).append("</td><td>")
                    .append(Html.escape(shortCitation(f.citation()))).append(": ").append(Html.escape(f.group()))
                    .append("</td>").append(compared ? verdictCell(f.competitionOutcome(), f.competitionVerdict())
                            : EMPTY_CELL)
                    .append(compared ? verdictCell(f.attentionOutcome(), f.attentionVerdict()) : EMPTY_CELL)
                    .append(f.early().map(e -> verdictCell(e.outcome(), e.verdict())).orElse(EMPTY_CELL))
                    .append("</tr>\n<tr class=\"details\"><td colspan=\"5\"><details><summary>relations</summary>");
            if (compared) {
                html.append("<b>Competition Model:</b> ").append(Html.escape(f.competitionVerdict()))
                        .append("<br><b>attention heads:</b> ").append(Html.escape(f.attentionVerdict()));
            }
            f.early().ifPresent(e -> html.append(compared ? "<br>" : "").append("<b>early learning:</b> ")
                    .append(Html.escape(e.verdict())).append(" <small>(").append(Html.escape(e.basis()))
                    .append(")</small>"));
            html.append("</details></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (context > 0) {
            html.append("<p>").append(context).append(context == 1 ? " further finding (about learning, corpora, or"
                    + " children without a corpus to compare) is" : " further findings (about learning, corpora, or"
                    + " children without a corpus to compare) are").append(" listed for context in <a"
                    + " href=\"#published\">the full table</a>.</p>\n");
        }
    }

    private static final String EMPTY_CELL = "<td></td>";

    /** A verdict as one symbol and its word, its relations and shares ({@code described}) on hover. */
    private static String verdictCell(String verdict, String described) {
        String[] look = switch (verdict) {
            case RelationVerdicts.HOLDS -> new String[] {"holds", "&#10003;"};
            case RelationVerdicts.FAILS -> new String[] {"fails", "&#10007;"};
            case RelationVerdicts.UNDECIDED -> new String[] {"undecided", "?"};
            case RelationVerdicts.PARTLY_MEASURED -> new String[] {"partly", "&#9680;"};
            default -> new String[] {"unmeasured", "&ndash;"};
        };
        return "<td class=\"v " + look[0] + "\" title=\"" + Html.escape(described) + "\">" + look[1] + " "
                + Html.escape(verdict) + "</td>";
    }

    /** "MacWhinney, Bates &amp; Kliegl (1984)": a citation up to its year; a title's author in brackets. */
    static String shortCitation(String citation) {
        if (citation.startsWith("\"")) {
            String bracket = citation.substring(citation.lastIndexOf('(') + 1);
            return bracket.split(",")[0].replace(")", "").strip();
        }
        int year = citation.indexOf(')');
        return year > 0 && year < 90 ? citation.substring(0, year + 1) : citation.split(",")[0];
    }

    /**
     * The cues ordered by overall and by conflict validity beside their strength in both models (each cue through
     * the parameter standing for it, in the one order of cue strengths), with Kendall's tau between strength and
     * each validity over the cues both have.
     */
    private static String validityOrderings(Section s) {
        LanguageStudy.Result study = s.study();
        java.util.Map<String, Double> competition = Comparison.cueStrengths(s.corpus().cues(), study.config().cues(),
                false);
        java.util.Map<String, Double> attention = Comparison.cueStrengths(s.corpus().cues(), study.config().cues(),
                true);
        List<String> cues = new ArrayList<>();
        List<Double> overall = new ArrayList<>();
        List<Double> conflict = new ArrayList<>();
        for (CueValidity.Row row : study.analysis().validity()) {
            cues.add(row.cue());
            overall.add(row.validity());
            conflict.add(row.conflictValidity());
        }
        double[] overallValues = overall.stream().mapToDouble(Double::doubleValue).toArray();
        double[] conflictValues = conflict.stream().mapToDouble(Double::doubleValue).toArray();
        double[] competitionValues = cues.stream().mapToDouble(c -> competition.getOrDefault(c, Double.NaN)).toArray();
        double[] attentionValues = cues.stream().mapToDouble(c -> attention.getOrDefault(c, Double.NaN)).toArray();
        List<List<String>> rows = List.of(
                List.of("overall validity", Html.escape(Dominance.describe(Dominance.ordering(cues, overallValues))),
                        "", ""),
                List.of("conflict validity", Html.escape(Dominance.describe(Dominance.ordering(cues, conflictValues))),
                        "", ""),
                List.of("Competition strength", Html.escape(s.corpus().competitionOrder().describeWithNotMeasured()),
                        cell(Correlations.of(competitionValues, overallValues).kendall()),
                        cell(Correlations.of(competitionValues, conflictValues).kendall())),
                List.of("attention contribution", Html.escape(s.corpus().attentionOrder().describeWithNotMeasured()),
                        cell(Correlations.of(attentionValues, overallValues).kendall()),
                        cell(Correlations.of(attentionValues, conflictValues).kendall())));
        return "<p>Cues ordered by validity and by strength, as in the headline (Kendall's &tau; with each validity,"
                + " over the measured cues; undefined with fewer than three):</p>\n" + Html.table(List.of("ordered by",
                "ordering", "&tau; with overall validity", "&tau; with conflict validity"), rows);
    }

    /**
     * A figure as its SVG (text stays text, sharp at any zoom), scaled to the page's width when wider, with its
     * caption and the files it was written to.
     */
    private static String figure(Figure figure) {
        List<String> files = figure.files().stream().map(f -> "<code>plots/" + Html.escape(f) + "</code>").toList();
        return "<figure><img alt=\"" + Html.escape(figure.caption()) + "\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(figure.svg()) + "\"><figcaption>" + Html.escape(figure.caption())
                + (files.isEmpty() ? "" : " (also " + String.join(", ", files) + ")") + "</figcaption></figure>\n";
    }

    private static String howTo(String text) {
        return "<p class=\"howto\"><b>How to read this.</b> " + text + "</p>\n";
    }

    /** "[low, high]" with an infinite bound as the infinity sign. */
    private static String interval(double low, double high) {
        if (Double.isNaN(low) && Double.isNaN(high)) {
            return "";
        }
        return "[" + (low == Double.NEGATIVE_INFINITY ? "-&infin;" : cell(low)) + ", "
                + (high == Double.POSITIVE_INFINITY ? "&infin;" : cell(high)) + "]";
    }

    /** Marks the rows of a rendered table (after its header row) as grey where asked. */
    private static String greyRows(String table, List<Boolean> grey) {
        StringBuilder out = new StringBuilder();
        int row = -1;
        int from = 0;
        int at;
        while ((at = table.indexOf("<tr>", from)) >= 0) {
            out.append(table, from, at);
            out.append(row >= 0 && row < grey.size() && grey.get(row) ? "<tr class=\"grey\">" : "<tr>");
            from = at + 4;
            row++;
        }
        return out.append(table.substring(from)).toString();
    }

    /** The separated parameters refitted with prior SD 1, 2.5 and 10: how much the shown number is the prior's. */
    private static String priorSensitivity(LanguageStudy.Result study) {
        if (study.analysis().priorSensitivity().isEmpty()) {
            return "";
        }
        org.cmsim.competition.RuleFit fit = study.analysis().exposureFit();
        List<String> header = new ArrayList<>(List.of("separated parameter"));
        study.analysis().priorSensitivity().keySet().forEach(sd -> header.add("prior SD " + cell(sd)));
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j < fit.parameters().size(); j++) {
            if (fit.estimability().get(j) == org.cmsim.competition.ParameterStatus.MEASURED) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(Html.escape(fit.parameters().get(j))));
            for (org.cmsim.competition.RuleFit refit : study.analysis().priorSensitivity().values()) {
                row.add(cell(refit.estimates()[j]));
            }
            rows.add(row);
        }
        return "<p>Prior sensitivity: each separated parameter's value under a Normal(0, SD&sup2;) prior. A value"
                + " that moves with the SD is set by the prior, not by the data.</p>\n" + Html.table(header, rows);
    }

    private static String rulesTable(ModelComparison.Result rules) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelComparison.RuleResult rule : rules.rules()) {
            GoodnessOfFit g = rule.goodness();
            rows.add(List.of(rule.fit().rule(), cell(g.logLik()), cell(g.g2()), num(g.df()), cell(g.aic()),
                    cell(rule.akaikeWeight()), cell(g.rmse()), cell(g.r())));
        }
        return Html.table(List.of("rule", "logLik", "G2", "df", "AIC", "Akaike weight", "RMSE", "r"), rows);
    }

    private static void caveat(StringBuilder html) {
        html.append("<h2 id=\"attention-weights\">Reading attention weights</h2>\n<p class=\"caveat\">Attention weights are not automatically"
                + " explanations (Jain &amp; Wallace 2019, \"Attention is not Explanation\"; Wiegreffe &amp; Pinter 2019,"
                + " \"Attention is not not Explanation\"). Here the pointer readout makes the weight on n1 the"
                + " model's answer, so it is the interpretation by construction; with the value readout the decision"
                + " can differ from where the head attends. The cue contributions are measured by ablation (setting a"
                + " cue's features to unknown and recording the change in log-odds), which tests what the trained head"
                + " does with a cue, not why. Different seeds can reach different heads with similar accuracy.</p>\n");
    }

    private static String cell(double value) {
        return Html.number(value);
    }

    private static String num(long value) {
        return Long.toString(value);
    }
}
