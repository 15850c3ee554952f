package org.cmsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.Comparison;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Trajectory;
import org.cmsim.io.Numbers;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.model.Cue;
import org.cmsim.numeric.Parallel;
import org.cmsim.report.chart.Drawing;
import org.cmsim.study.CueOrderings;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.RunStudy;
import org.cmsim.validity.CueValidity;

/**
 * The run's plots (under plots/, in the formats asked for) and the report's section for each language. Charts
 * are built in order and drawn in parallel, each in the formats needed (SVG for the report, and PNG only when
 * asked for), once; drawing takes no random numbers, so the bytes do not depend on the thread count.
 */
public final class RunPlots {

    /** A figure to render: its file name and the work that draws it. */
    private record Planned(String name, Supplier<Figure> figure) {

        /** A single chart with its caption. */
        static Planned chart(String name, String caption, Supplier<Drawing> chart) {
            return new Planned(name, () -> Figure.of(name, caption, chart.get()));
        }
    }

    /** Name of the overview figure across languages. */
    public static final String OVERVIEW = "overview";

    private RunPlots() {
    }

    /**
     * Draws every plot, writes each in {@code formats} under plots/, and returns the overview figure followed by
     * one section per language.
     */
    public static Plotted write(OutputDirectory out, List<LanguageOutcome> outcomes, int threads,
                                Set<FigureFormat> formats) {
        List<Planned> planned = new ArrayList<>();
        planned.add(Planned.chart(OVERVIEW, "Every language: each parameter's Competition strength (x, with its 95%"
                + " profile-likelihood interval) against the attention heads' mean contribution (y, with the 2.5-97.5%"
                + " range over seeds). Circles: measured; diamonds: separated (the strength is unbounded; the"
                + " point is where the prior puts it, the interval is one-sided). Sparse and absent parameters are"
                + " left out. On the grey line the two models agree. Each label is the language's code and the"
                + " parameter; a thin line ties a label that had to move to its point. The axes span the points: a"
                + " longer interval runs to the edge.", () -> IntervalPlots.overview(
                outcomes.stream().map(o -> o.study().config().name()).toList(),
                outcomes.stream().map(o -> o.corpus().cues()).toList())));
        List<Integer> firstOfLanguage = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            firstOfLanguage.add(planned.size());
            planLanguage(planned, outcome);
        }
        List<Figure> figures = Parallel.map(planned.size(), threads, i -> {
            Figure figure = planned.get(i).figure().get().writtenAs(formats);
            // The report shows the SVG; the PNG is drawn only when it is to be written.
            figure.svg();
            if (formats.contains(FigureFormat.PNG)) {
                figure.png();
            }
            return figure;
        });
        for (Figure figure : figures) {
            for (FigureFormat format : formats) {
                out.writeBytes(OutputNames.PLOTS + "/" + format.file(figure.name()), figure.bytes(format));
            }
        }
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (int l = 0; l < outcomes.size(); l++) {
            int end = l + 1 < outcomes.size() ? firstOfLanguage.get(l + 1) : figures.size();
            LanguageOutcome outcome = outcomes.get(l);
            LanguageStudy.Result study = outcome.study();
            sections.add(new HtmlReport.Section(study, outcome.corpus(), outcome.choices(),
                    figures.subList(firstOfLanguage.get(l), end), CueOrderings.of(outcome), outcome.headlines()));
        }
        return new Plotted(figures.get(0), sections);
    }

    /** The overview figure and the sections. */
    public record Plotted(Figure overview, List<HtmlReport.Section> sections) {
    }

    private static void planLanguage(List<Planned> planned, LanguageOutcome outcome) {
        LanguageStudy.Result study = outcome.study();
        String name = study.config().title();
        String slug = RunStudy.folderName(study.config().name());
        for (Comparison.Result r : outcome.comparisons()) {
            planned.add(Planned.chart(slug + "-strengths-" + r.data(), "Each parameter: the Competition Model's strength"
                    + " (blue, with its 95% profile-likelihood interval; an arrow: the bound is infinite) and the"
                    + " attention heads' mean contribution (red, with the 2.5-97.5% range over " + r.cues().get(0).seeds()
                    + " seeds), " + r.data() + ", in log-odds favouring n1. Grey: sparse or absent, not compared.",
                    () -> IntervalPlots.strengths(name, r.data(), r.cues())));
            planned.add(Planned.chart(slug + "-predicted-" + r.data(), "Predicted against observed P(n1 is agent), "
                    + r.data() + " (attention: mean over the heads); points on the grey line are predicted exactly",
                    () -> Plots.predictedVsObserved(name, r.data(), r.conditions())));
        }
        String classic = slug + "-" + OutputNames.CLASSIC;
        study.choices().ifPresent(choices -> planned.add(new Planned(classic,
                () -> ClassicFigure.of(classic, name + ", choices", choices.rules()))));
        study.rulesByGroup().forEach((level, rules) -> {
            String file = classic + "-" + ClassicFigure.fileSafe(level);
            planned.add(new Planned(file, () -> ClassicFigure.of(file, name + ", " + level, rules)));
        });
        List<Trajectory> trajectories = study.learning().trajectories();
        Trajectory delta = trajectories.stream().filter(t -> t.learner().equals("delta")).findFirst().orElseThrow();
        RuleFit fit = study.analysis().exposureFit();
        for (int j = 0; j < delta.parameters().size(); j++) {
            String parameter = delta.parameters().get(j);
            boolean separated = fit.estimability().get(j) != ParameterStatus.MEASURED;
            planned.add(Planned.chart(slug + "-trajectory-" + RunStudy.folderName(parameter), parameter
                    + ": the delta rule (solid blue) and the first attention head (dashed red) over exposure"
                    + (separated ? "; the corpus separates this parameter, so the delta rule keeps diverging" : ""),
                    () -> IntervalPlots.trajectoryPanel(name, parameter, delta, study.heads().first().trajectory(),
                            separated)));
        }
        trajectories.stream().filter(t -> t.learner().equals("rescorla-wagner")).findFirst()
                .ifPresent(rw -> planned.add(Planned.chart(slug + "-trajectory-rescorla-wagner", "Rescorla-Wagner on its"
                        + " own axis: its weights are associative strengths in outcome units, not log-odds",
                        () -> IntervalPlots.rescorlaWagnerPanel(name, rw))));
        HeadEnsemble.CrossValidation cv = study.heads().ensemble().crossValidation();
        planned.add(Planned.chart(slug + "-" + OutputNames.L2_CURVE_FIGURE, "The heads' L2: held-out log-likelihood of"
                + " the corpus's tokens, summed over " + cv.folds() + " folds, at each L2 the search tried (bars: +-1"
                + " standard error over tokens); diamonds: the values within one standard error of the best; dashed:"
                + " the best minus one standard error. The heads are trained at " + Numbers.penalty(cv.chosenL2())
                + (cv.curve().points().size() == 1 ? ", set in the config."
                : cv.chosenIsInterior() ? ", which beats both neighbours." : ", at the end of the search."),
                () -> Plots.l2Curve(name, cv)));
        List<org.cmsim.model.Cue> resolved = CueValidity.resolve(study.corpus(), study.config().cues());
        planned.add(Planned.chart(slug + "-attention", "Attention weight on n1 and n2 in conflict sentence types, where"
                + " two cues point to different nouns (the first head trained on the corpus); each row names the type"
                + " and its true agent with the share of tokens",
                () -> Plots.attentionHeatmap(name, "corpus", study.heads().first(),
                        stimulus -> Cue.inConflict(resolved, stimulus))));
        planned.add(Planned.chart(slug + "-validity", "Overall cue validity in the corpus against cue strength in"
                + " both models, word order as its most frequent level: the rule with its 95% profile interval (a"
                + " diamond where the corpus separates the cue: its strength is at least there), the heads' mean with"
                + " their range; sparse and absent cues are left out",
                () -> IntervalPlots.validityVsStrength(name, study.analysis().validity(), outcome.corpus().cues(),
                        study.config().cues())));
    }
}