package org.cmsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.RandomStructure;
import org.cmsim.competition.RuleFit;
import org.cmsim.competition.Simulator;
import org.cmsim.design.Design;
import org.cmsim.io.InputException;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.Cue;
import org.cmsim.model.LanguageConfig;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;
import org.cmsim.reactiontime.CueConflict;
import org.cmsim.reactiontime.LinearMixedFit;
import org.cmsim.reactiontime.MixedLinearDesign;
import org.cmsim.reactiontime.RtGenerator;
import org.cmsim.reactiontime.RtPredictors;

/**
 * What {@code cmsim recover --rt-log-mean} computes: parameter recovery of the reaction-time model (Wilson &amp;
 * Collins 2019). Each data set is a simulated experiment, choices by the multiplicative rule and RTs by
 * {@link RtGenerator}, analysed as {@code fit-rt} analyses one: the rule fitted to the choices for the certainty,
 * word order's directions from the corpus or the fitted order parameters, then log RT on conflict and certainty
 * with a random intercept per subject. The truth is the generator's: intercept = logMean, conflict, certainty 0,
 * the subject and residual SDs. Coverage is that of the 95% t interval with Satterthwaite's df.
 */
public final class RtRecoveryStudy {

    /** The largest absolute bias (log ms: about 1% of an RT) a recovered fixed effect may have. */
    public static final double BIAS_LIMIT = 0.01;
    private static final RandomStructure STRUCTURE = RandomStructure.parse("(1 | subject)");
    private static final List<String> PARAMETERS = List.of(MixedLinearDesign.INTERCEPT, RtPredictors.CONFLICT,
            RtPredictors.CERTAINTY, "sd subject", "sd residual");

    /** The experiment simulated: the rule's generating values on the design, the RT model, its size and seed. */
    public record Request(LanguageConfig language, Design design, double[] values, RtGenerator.Parameters rt,
                          int subjects, int trials, int datasets, long seed, int threads) {
    }

    /** One recovered parameter: its truth, the mean estimate, bias, SD over data sets and coverage (NaN for SDs). */
    public record Row(String parameter, double truth, double mean, double bias, double sd, double coverage) {
    }

    public record Result(Request request, List<Row> rows, String verdict) {
    }

    private RtRecoveryStudy() {
    }

    public static Result run(Request request) throws InputException {
        boolean fromCorpus = request.language().hasCorpus();
        List<Cue> corpusCues = fromCorpus ? RtFitStudy.resolve(request.language(), List.of(), new double[0]) : null;
        MultiplicativeRule rule = new MultiplicativeRule();
        long[] seeds = Sampling.seeds(request.seed(), request.datasets());
        double[] truth = {request.rt().logMean(), request.rt().conflict(), 0, request.rt().subjectSd(),
                request.rt().sd()};
        List<double[]> fits = Parallel.map(request.datasets(), request.threads(), d -> {
            Design design = request.design();
            List<Simulator.Participant> sample = Simulator.simulate(rule, design, request.values(),
                    request.subjects(), request.trials(), 0, seeds[d]);
            List<Cue> generating = fromCorpus ? corpusCues : CueConflict.orderBySign(request.language().cues(),
                    orderValues(rule.parameters(design), request.values()));
            boolean[] conflict = new boolean[design.rows()];
            for (int i = 0; i < conflict.length; i++) {
                conflict[i] = Cue.inConflict(generating, design.stimuli().get(i));
            }
            double[][][] rts = RtGenerator.draw(request.subjects(), conflict, request.trials(), request.rt(), seeds[d]);
            List<ChoiceRow> rows = new ArrayList<>();
            for (int s = 0; s < sample.size(); s++) {
                for (int i = 0; i < design.rows(); i++) {
                    for (int t = 0; t < request.trials(); t++) {
                        rows.add(new ChoiceRow(design.stimuli().get(i), 1, sample.get(s).choices()[i][t] ? 1 : 0,
                                sample.get(s).id(), null, null, rts[s][i][t]));
                    }
                }
            }
            ChoiceData data = new ChoiceData(request.language().features(), rows);
            RuleFit fitted = RtFitStudy.multiplicative(data, request.language().cues());
            List<Cue> resolved = fromCorpus ? corpusCues : CueConflict.orderBySign(request.language().cues(),
                    orderValues(fitted.parameters(), fitted.estimates()));
            LinearMixedFit fit = RtFitStudy.fit(data, resolved, fitted, RtPredictors.Choice.LEFT_OUT, STRUCTURE,
                    RtFitStudy.OrderSource.CORPUS).fit();
            double[] out = new double[PARAMETERS.size() + 3];
            for (int j = 0; j < 3; j++) {
                LinearMixedFit.Fixed f = fit.fixed().get(j);
                out[j] = f.estimate();
                double half = new TDistribution(null, f.df()).inverseCumulativeProbability(0.975) * f.se();
                out[PARAMETERS.size() + j] = Math.abs(f.estimate() - truth[j]) <= half ? 1 : 0;
            }
            out[3] = fit.sds().get(0).sd();
            out[4] = fit.sigma();
            return out;
        });
        List<Row> rows = new ArrayList<>();
        int n = fits.size();
        for (int j = 0; j < PARAMETERS.size(); j++) {
            double sum = 0;
            double squares = 0;
            double covered = 0;
            for (double[] fit : fits) {
                sum += fit[j];
                squares += fit[j] * fit[j];
                covered += j < 3 ? fit[PARAMETERS.size() + j] : 0;
            }
            double mean = sum / n;
            double sd = n > 1 ? Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1))) : Double.NaN;
            rows.add(new Row(PARAMETERS.get(j), truth[j], mean, mean - truth[j], sd, j < 3 ? covered / n : Double.NaN));
        }
        return new Result(request, rows, verdict(rows));
    }

    /** "recovered" when every fixed effect is unbiased and its interval calibrated; else what is not. */
    static String verdict(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            if (Double.isNaN(row.coverage())) {
                continue;
            }
            if (Math.abs(row.bias()) >= BIAS_LIMIT) {
                problems.add(String.format(Locale.ROOT, "%s biased by %.4f", row.parameter(), row.bias()));
            }
            if (row.coverage() < RecoveryStudy.COVERAGE_LOW || row.coverage() > RecoveryStudy.COVERAGE_HIGH) {
                problems.add(String.format(Locale.ROOT, "%s 95%% CI covers %.2f", row.parameter(), row.coverage()));
            }
        }
        return problems.isEmpty()
                ? String.format(Locale.ROOT, "verdict: RT model recovered. Fixed effects: |bias| < %.2f log ms and"
                        + " coverage in [%.2f, %.2f].", BIAS_LIMIT, RecoveryStudy.COVERAGE_LOW,
                        RecoveryStudy.COVERAGE_HIGH)
                : "verdict: RT model NOT recovered: " + String.join("; ", problems) + ".";
    }

    private static java.util.Map<String, Double> orderValues(List<String> parameters, double[] values) {
        java.util.Map<String, Double> map = new java.util.HashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            map.put(parameters.get(j), values[j]);
        }
        return map;
    }
}
