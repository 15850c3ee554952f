package org.cmsim.report;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.compare.Comparison;
import org.cmsim.io.OutputDirectory;
import org.cmsim.study.LanguageOutcome;
import org.cmsim.study.LanguageStudy;
import org.cmsim.study.RunStudy;

/** The run's plots (PNG and SVG under plots/) and the report's section for each language. */
public final class RunPlots {

    private RunPlots() {
    }

    /** Renders every plot (PNG and SVG under plots/) and returns the report's sections. */
    public static List<HtmlReport.Section> write(OutputDirectory out, List<LanguageOutcome> outcomes) {
        List<HtmlReport.Section> sections = new ArrayList<>();
        for (LanguageOutcome outcome : outcomes) {
            LanguageStudy.Result study = outcome.study();
            String name = study.config().name();
            String slug = RunStudy.folderName(name);
            List<Figure> figures = new ArrayList<>();
            for (Comparison.Result r : outcome.comparisons()) {
                figures.add(Figure.of(slug + "-strengths-" + r.data(), "Cue strengths (Competition Model) and attention"
                        + " contributions, " + r.data() + ", in log-odds favouring n1", Plots.strengths(name, r.data(),
                        r.cues())));
                figures.add(Figure.of(slug + "-predicted-" + r.data(), "Predicted against observed P(n1 is agent), "
                        + r.data() + "; points on the grey line are predicted exactly",
                        Plots.predictedVsObserved(name, r.data(), r.conditions())));
            }
            figures.add(Figure.of(slug + "-trajectories", "Learning over exposure on one axis of presentations: the delta"
                    + " rule (solid; the Competition Model's error-driven learner), Rescorla-Wagner (dotted) and the"
                    + " attention head (dashed; its last point is the early-stopped head that is reported)", Plots.trajectories(name, study.learning(), study.attention().trajectory())));
            figures.add(Figure.of(slug + "-attention", "Attention weight on n1 and n2 per sentence type (head"
                    + " trained on the corpus; types numbered as in the list below)", Plots.attentionHeatmap(name, "corpus", study.attention())));
            figures.add(Figure.of(slug + "-validity", "Overall cue validity in the corpus against cue strength in"
                    + " both models", Plots.validityVsStrength(name, study.validity(), outcome.cueLevel(false),
                    outcome.cueLevel(true))));
            for (Figure figure : figures) {
                out.writeBytes("plots/" + figure.name() + ".png", figure.png());
                out.writeBytes("plots/" + figure.name() + ".svg", figure.svg());
            }
            sections.add(new HtmlReport.Section(study, outcome.corpus(), outcome.choices(), figures,
                    Plots.heatmapLegend(study.attention(), study.config().features())));
        }
        return sections;
    }
}
