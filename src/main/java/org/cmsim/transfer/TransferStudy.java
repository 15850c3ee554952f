package org.cmsim.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.HeadTransfer;
import org.cmsim.competition.ExposureLearning;
import org.cmsim.competition.LogisticDeltaRule;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.RuleFit;
import org.cmsim.design.Exposure;
import org.cmsim.design.Trajectory;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.Order;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.Sampling;

/**
 * Second-language learning (McDonald 1987; MacWhinney's Unified Competition Model): both learners start from
 * what they learned on a first language and read sentences of a second.
 *
 * <p><i>The delta rule</i> ({@link LogisticDeltaRule}) starts at its asymptote on the first language, the
 * multiplicative rule's maximum-likelihood fit to that corpus (where the corpus separates a parameter there is
 * none: it starts where the fit's prior bounds it, and the summary says so), each shared parameter at its value
 * and each second-language-only parameter at 0 ({@link SharedCues}). It then reads {@code exposure} sentences
 * drawn from the second corpus by count, at the second config's learning rate, once per presentation order.
 *
 * <p><i>The attention head</i> is trained on the first corpus (seeded, with early stopping, as {@code cmsim
 * attention} trains it), carried over to the second language's vocabulary ({@link HeadTransfer}) and trained on
 * the second corpus for the same exposure in tokens; one replicate per seed. Its second-language asymptote is
 * the mean contribution of heads of the same seeds trained on the second corpus from scratch.
 *
 * <p>Word order is also followed as one cue, the order effect: half the contrast between the second language's
 * canonical order (the level with the most tokens) and the mean of its other levels, as elsewhere in cmsim.
 */
public final class TransferStudy {

    /** The derived parameter that follows word order as one cue. */
    public static final String ORDER_EFFECT = "order effect";
    /** Keep the presentation orders' and the heads' seeds apart from each other and from the run's other draws. */
    private static final long ORDER_SALT = 0x5851F42D4C957F2DL;
    private static final long HEAD_SALT = 0x14057B7EF767814FL;

    /**
     * One learner's transfer: its band over exposure and, per band parameter, the second language's asymptote
     * (NaN where it has none).
     */
    public record Learner(LearningBand band, double[] l2Asymptote) {
        public Learner {
            l2Asymptote = l2Asymptote.clone();
            if (l2Asymptote.length != band.parameters().size()) {
                throw new IllegalArgumentException("one asymptote per parameter");
            }
        }

        @Override
        public double[] l2Asymptote() {
            return l2Asymptote.clone();
        }
    }

    /**
     * A transfer from one language to another: which parameters are shared, the delta rule's start on the first
     * language (its fit there, with its statuses), the second language's fit, and both learners.
     */
    public record Result(String from, String to, TransferSettings settings, double rate, SharedCues cues,
                         RuleFit l1Fit, RuleFit l2Fit, Learner delta, Learner attention) {
    }

    private TransferStudy() {
    }

    public static Result run(LanguageConfig from, SentenceCorpus l1, LanguageConfig to, SentenceCorpus l2,
                             TransferSettings settings, int threads) {
        Exposure l1Exposure = Exposure.of(l1, from.cues());
        Exposure l2Exposure = Exposure.of(l2, to.cues());
        RuleFit l1Fit = new MultiplicativeRule().fit(l1Exposure.design(), l1Exposure.agents());
        RuleFit l2Fit = new MultiplicativeRule().fit(l2Exposure.design(), l2Exposure.agents());
        SharedCues cues = SharedCues.of(l1Fit.parameters(), l2Fit.parameters());
        long[] checkpoints = Trajectory.logSpacedSteps(settings.exposure(), settings.checkpoints());
        double rate = to.learn().rate();
        Learner delta = delta(l1Fit, l2Fit, l2Exposure, cues, settings, rate, checkpoints, to.seed(), threads);
        Learner attention = attention(from, l1, to, l2, settings, checkpoints, threads);
        OrderLevels levels = OrderLevels.of(l2Exposure);
        return new Result(from.name(), to.name(), settings, rate, cues, l1Fit, l2Fit, levels.addTo(delta),
                levels.addTo(attention));
    }

    private static Learner delta(RuleFit l1Fit, RuleFit l2Fit, Exposure l2, SharedCues cues,
                                 TransferSettings settings, double rate, long[] checkpoints, long seed, int threads) {
        double[] start = cues.start(l1Fit.estimates(), l2Fit.parameters().size());
        long[] seeds = Sampling.seeds(seed ^ ORDER_SALT, settings.orders());
        LogisticDeltaRule rule = new LogisticDeltaRule();
        List<Trajectory> orders = Parallel.map(settings.orders(), threads, r -> ExposureLearning.learnFrom(start, l2,
                rule, settings.exposure(), rate, checkpoints, seeds[r]));
        double[] asymptote = new double[l2Fit.parameters().size()];
        for (int j = 0; j < asymptote.length; j++) {
            asymptote[j] = l2Fit.estimability().get(j) == ParameterStatus.MEASURED ? l2Fit.estimates()[j] : Double.NaN;
        }
        return new Learner(band(rule.name(), orders), asymptote);
    }

    private static Learner attention(LanguageConfig from, SentenceCorpus l1, LanguageConfig to, SentenceCorpus l2,
                                     TransferSettings settings, long[] checkpoints, int threads) {
        Examples l1Examples = AttentionStudy.examples(l1, from.cues());
        Examples l2Examples = AttentionStudy.examples(l2, to.cues());
        long[] seeds = Sampling.seeds(to.seed() ^ HEAD_SALT, settings.seeds());
        record Head(Trajectory trajectory, double[] scratch) {
        }
        List<Head> heads = Parallel.map(settings.seeds(), threads, s -> {
            AttentionHead first = HeadTransfer.trained(l1Examples, from.attention(), seeds[s]);
            AttentionHead carried = HeadTransfer.carriedOver(first, l2Examples.vocabulary(), to.attention());
            long orderSeed = new SplittableRandom(seeds[s]).split().nextLong();
            Trajectory trajectory = HeadTransfer.train(carried, l2Examples, to.cues(), settings.exposure(),
                    checkpoints, orderSeed);
            AttentionHead scratch = HeadTransfer.trained(l2Examples, to.attention(), seeds[s]);
            return new Head(trajectory, HeadTransfer.contributions(scratch, l2Examples, to.cues()));
        });
        int k = heads.get(0).scratch().length;
        double[] asymptote = new double[k];
        for (int j = 0; j < k; j++) {
            final int p = j;
            asymptote[j] = heads.stream().mapToDouble(h -> h.scratch()[p]).average().orElse(Double.NaN);
        }
        return new Learner(band("attention", heads.stream().map(Head::trajectory).toList()), asymptote);
    }

    private static LearningBand band(String learner, List<Trajectory> replicates) {
        double[][][] values = replicates.stream().map(Trajectory::values).toArray(double[][][]::new);
        return new LearningBand(learner, replicates.get(0).parameters(), replicates.get(0).steps(), values);
    }

    /** The second language's order levels: the canonical one (most tokens) and the others, for the order effect. */
    record OrderLevels(String canonical, List<String> others) {

        static OrderLevels of(Exposure exposure) {
            List<Order> levels = exposure.design().levels();
            long[] tokens = new long[levels.size()];
            for (int i = 0; i < exposure.design().rows(); i++) {
                tokens[exposure.design().level(i)] += exposure.agents().trials()[i];
            }
            int canonical = 0;
            for (int l = 1; l < tokens.length; l++) {
                canonical = tokens[l] > tokens[canonical] ? l : canonical;
            }
            List<String> others = new ArrayList<>();
            for (int l = 0; l < levels.size(); l++) {
                if (l != canonical) {
                    others.add(levels.get(l).parameterName());
                }
            }
            return new OrderLevels(levels.get(canonical).parameterName(), others);
        }

        /** effect = (w_canonical - mean of the other levels' w) / 2, on the scale of a cue's parameter. */
        double effect(List<String> parameters, double[] w) {
            double others = 0;
            for (String level : this.others) {
                others += w[parameters.indexOf(level)];
            }
            return (w[parameters.indexOf(canonical)] - others / this.others.size()) / 2;
        }

        /** The learner with the order effect as one more parameter; unchanged when there is one level only. */
        Learner addTo(Learner learner) {
            if (others.isEmpty()) {
                return learner;
            }
            List<String> parameters = learner.band().parameters();
            double[] asymptote = Arrays.copyOf(learner.l2Asymptote(), parameters.size() + 1);
            asymptote[parameters.size()] = effect(parameters, learner.l2Asymptote());
            return new Learner(learner.band().with(ORDER_EFFECT, w -> effect(parameters, w)), asymptote);
        }
    }
}
