package org.cmsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cmsim.competition.Exposure;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.LearningRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Trajectory;
import org.cmsim.io.CueColumns;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.LearnSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "learn", mixinStandardHelpOptions = true,
        description = {"How cue strengths arise from exposure: error-driven learners (the delta rule on the",
            "multiplicative rule's log-odds, and Rescorla-Wagner) read the corpus in a seeded random order.",
            "Writes DIR/trajectory.csv (weights at log-spaced checkpoints), DIR/asymptote.csv (where each",
            "learner settles) and DIR/leads.csv (when each cue takes the lead).",
            "Example: cmsim learn --config configs/illustrative.json --presentations 20000 --rate 0.05 --out out/learn"})
final class LearnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--corpus", paramLabel = "FILE", description = "Sentence corpus to use instead of the config's.")
    Path corpus;

    @Option(names = "--presentations", paramLabel = "N", description = "Sentences presented (default: the config's, else 20000).")
    Long presentations;

    @Option(names = "--rate", paramLabel = "R", description = "Learning rate (default: the config's, else 0.05).")
    Double rate;

    @Option(names = "--checkpoints", paramLabel = "K", description = "Log-spaced checkpoints (default: the config's, else 40).")
    Integer checkpoints;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the presentation order (default: the config's).")
    Long seed;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        LanguageConfig language = config.language();
        if (corpus != null) {
            language = language.withCorpus(corpus);
        }
        LearnSettings settings = settings(language.learn());
        Exposure exposure = Exposure.of(CueColumns.readCorpus(language.corpus(), language.features(), language.cues()), language.cues());
        Result result = learn(exposure, settings, seed == null ? language.seed() : seed);
        try (OutputDirectory out = output.open()) {
            out.writeCsv("trajectory.csv", result.trajectory());
            out.writeCsv("asymptote.csv", result.asymptote());
            out.writeCsv("leads.csv", result.leads());
            out.commit();
        }
        spec.commandLine().getOut().print(result.asymptote().toText() + "\n" + describeLeads(result.leads()));
        return Main.EXIT_OK;
    }

    private LearnSettings settings(LearnSettings base) {
        try {
            LearnSettings settings = base;
            if (presentations != null) {
                settings = settings.withPresentations(presentations);
            }
            if (rate != null) {
                settings = settings.withRate(rate);
            }
            if (checkpoints != null) {
                settings = new LearnSettings(settings.presentations(), settings.rate(), checkpoints);
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The three tables of a learning run. */
    record Result(Table trajectory, Table asymptote, Table leads, List<Trajectory> trajectories) {
    }

    static Result learn(Exposure exposure, LearnSettings settings, long seed) {
        long[] steps = Trajectory.logSpacedSteps(settings.presentations(), settings.checkpoints());
        Table trajectory = new Table("step", "learner", "parameter", "value");
        Table asymptote = new Table("learner", "parameter", "value", "note");
        Table leads = new Table("learner", "step", "parameter", "value");
        List<LearningRule> rules = LearningRule.all();
        List<Trajectory> trajectories = new java.util.ArrayList<>();
        RuleFit maximumLikelihood = new MultiplicativeRule().fit(exposure.design(), exposure.agents());
        for (LearningRule rule : rules) {
            Trajectory learned = ExposureLearning.learn(exposure, rule, settings.presentations(), settings.rate(),
                    steps, seed);
            trajectories.add(learned);
            for (int c = 0; c < steps.length; c++) {
                for (int j = 0; j < learned.parameters().size(); j++) {
                    trajectory.add(steps[c], rule.name(), learned.parameters().get(j), learned.values()[c][j]);
                }
            }
            boolean delta = rule.name().equals("delta");
            double[] settled = delta ? maximumLikelihood.estimates() : rule.asymptote(exposure.design(), exposure.agents());
            for (int j = 0; j < settled.length; j++) {
                asymptote.add(rule.name(), learned.parameters().get(j), settled[j],
                        delta ? maximumLikelihood.notes().get(j) : "");
            }
            for (Trajectory.Lead lead : learned.leads()) {
                leads.add(rule.name(), lead.step(), lead.parameter(), lead.value());
            }
        }
        return new Result(trajectory, asymptote, leads, trajectories);
    }

    static String describeLeads(Table leads) {
        StringBuilder text = new StringBuilder();
        String learner = null;
        for (int r = 0; r < leads.rowCount(); r++) {
            String name = (String) leads.cell(r, 0);
            if (!name.equals(learner)) {
                text.append(learner == null ? "" : "\n").append(name).append(": ");
                learner = name;
                text.append(String.format(Locale.ROOT, "%s leads from step %d", leads.cell(r, 2), (Long) leads.cell(r, 1)));
            } else {
                text.append(String.format(Locale.ROOT, "; %s overtakes at step %d", leads.cell(r, 2), (Long) leads.cell(r, 1)));
            }
        }
        return text.append('\n').toString();
    }
}
