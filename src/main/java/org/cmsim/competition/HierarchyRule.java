package org.cmsim.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;

/**
 * The hierarchy (lexicographic) rule: cues are ranked, and the highest-ranked cue that is present
 * decides; word order, which is present in every sentence, decides when no cue ranked above it is.
 * The listener lapses with probability lapse and then guesses:
 * <pre>
 *   P(n1) = 1 - lapse/2   when the deciding cue points to n1
 *         = lapse/2       when it points to n2
 * </pre>
 * Parameters: each order level's direction (+1 or -1, the majority choice in that level's
 * conditions that order decides), each cue's rank (1 = decides first; empty for cues ranked below
 * order, which never decide), and the lapse rate, whose maximum-likelihood value given the ranking
 * is 2 x (wrong decided choices) / (all choices).
 *
 * <p>The ranking is found by exhaustive search over every ordered set of cues placed above order
 * (for up to {@value #EXHAUSTIVE_LIMIT} cues: at most 13,700 rankings); with more cues, by greedy
 * insertion. Ties in likelihood go to the shorter ranking. For information criteria the rule counts
 * one parameter for the lapse, one per order level and one per cue ranked above order.
 */
public final class HierarchyRule implements ChoiceRule {

    static final int EXHAUSTIVE_LIMIT = 7;
    public static final String LAPSE = RuleReader.LAPSE;
    /** The rule's name in outputs and on the command line. */
    public static final String NAME = "hierarchy";

    @Override
    public String name() {
        return NAME;
    }

    /** The cues ranked in config order above order, order directions +1/-1/+1, lapse 0.2. */
    @Override
    public double[] illustrativeParameters(Design design) {
        double[] values = Arrays.copyOf(Recovery.illustrative(design, new double[] {1, -1, 1}, c -> c + 1),
                design.parameterCount() + 1);
        values[design.parameterCount()] = 0.2;
        return values;
    }

    /** Participants differ in their lapse only, varied on the logit scale; the ranking and directions are shared. */
    @Override
    public double[] participant(Design design, double[] parameters, double sd, DoubleSupplier normal) {
        double[] own = parameters.clone();
        int lapse = own.length - 1;
        double logit = Math.log(own[lapse] / (1 - own[lapse])) + sd * normal.getAsDouble();
        own[lapse] = 1 / (1 + Math.exp(-logit));
        return own;
    }

    /**
     * The note of an order level whose trials the cues ranked above order all decide: its direction is not
     * identified, and its estimate is empty (a simulation that reaches the level guesses there).
     */
    public static final String NOT_IDENTIFIED = "not identified: the cues ranked above order decide every trial"
            + " of this order";

    /** A cue's rank: left out, the cue ranks below order and never decides. */
    @Override
    public boolean mayBeLeftOut(Design design, int parameter) {
        return parameter >= design.levels().size() && parameter < design.parameterCount();
    }

    @Override
    public double strength(String parameter, double estimate) {
        return Double.NaN;
    }

    /** The ranking is chosen by search and k changes with it: --cv's log-likelihood needs no k. */
    @Override
    public Optional<String> informationCriteriaCaveat() {
        return Optional.of("approximate: the ranking is chosen by search and k changes with it");
    }

    @Override
    public List<String> parameters(Design design) {
        List<String> names = new ArrayList<>(design.parameters());
        names.add(LAPSE);
        return names;
    }

    /** A ranking's fit: which cues rank above order, order directions, and the decided choice counts. */
    private record Ranking(int[] aboveOrder, int[] levelDirection, long correct, long wrong) {
        double logLikelihood() {
            long decided = correct + wrong;
            if (decided == 0 || wrong >= correct) {
                return decided * Math.log(0.5);
            }
            // C ln(C/D) + W ln(W/D), skipping 0 ln 0 = 0
            double sum = correct * Math.log((double) correct / decided);
            if (wrong > 0) {
                sum += wrong * Math.log((double) wrong / decided);
            }
            return sum;
        }

        double lapse() {
            long decided = correct + wrong;
            return decided == 0 ? 1 : Math.min(1, 2.0 * wrong / decided);
        }
    }

    @Override
    public RuleFit fit(Design design, Counts counts) {
        int m = design.cues().size();
        Ranking best = m <= EXHAUSTIVE_LIMIT
                ? exhaustive(design, counts, new int[0], new boolean[m], null)
                : greedy(design, counts);
        double lapse = best.lapse();
        int levels = design.levels().size();
        double[] estimates = new double[levels + m + 1];
        double[] se = new double[estimates.length];
        Arrays.fill(se, Double.NaN);
        List<String> notes = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            // A level whose every trial a cue ranked above order decides leaves its direction to no data: any
            // direction fits equally, so none is reported (an empty estimate), never a default +1.
            boolean identified = best.levelDirection()[l] != 0;
            estimates[l] = identified ? best.levelDirection()[l] : Double.NaN;
            notes.add(identified ? "" : NOT_IDENTIFIED);
        }
        for (int c = 0; c < m; c++) {
            estimates[levels + c] = Double.NaN;
            notes.add("ranked below order: never decides");
        }
        for (int r = 0; r < best.aboveOrder().length; r++) {
            estimates[levels + best.aboveOrder()[r]] = r + 1;
            notes.set(levels + best.aboveOrder()[r], "");
        }
        estimates[levels + m] = lapse;
        long decided = best.correct() + best.wrong();
        if (lapse > 0 && lapse < 1) {
            double q = 1 - lapse / 2;
            se[levels + m] = 2 * Math.sqrt(q * (1 - q) / decided);
        }
        notes.add(lapse > 0 && lapse < 1 ? "" : "at its bound: se undefined");
        double[] predicted = predict(design, estimates);
        return new RuleFit(name(), parameters(design), estimates, se, predicted, counts.logLikelihood(predicted),
                1 + levels + best.aboveOrder().length, notes, true);
    }

    private Ranking exhaustive(Design design, Counts counts, int[] prefix, boolean[] used, Ranking best) {
        Ranking here = evaluate(design, counts, prefix);
        if (best == null || here.logLikelihood() > best.logLikelihood() + 1e-9) {
            best = here;
        }
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                int[] longer = Arrays.copyOf(prefix, prefix.length + 1);
                longer[prefix.length] = c;
                best = exhaustive(design, counts, longer, used, best);
                used[c] = false;
            }
        }
        return best;
    }

    private Ranking greedy(Design design, Counts counts) {
        int[] ranking = new int[0];
        boolean[] used = new boolean[design.cues().size()];
        Ranking best = evaluate(design, counts, ranking);
        boolean improved = true;
        while (improved) {
            improved = false;
            Ranking bestNext = best;
            int bestCue = -1;
            for (int c = 0; c < used.length; c++) {
                if (used[c]) {
                    continue;
                }
                int[] longer = Arrays.copyOf(ranking, ranking.length + 1);
                longer[ranking.length] = c;
                Ranking next = evaluate(design, counts, longer);
                if (next.logLikelihood() > bestNext.logLikelihood() + 1e-9) {
                    bestNext = next;
                    bestCue = c;
                }
            }
            if (bestCue >= 0) {
                used[bestCue] = true;
                ranking = bestNext.aboveOrder();
                best = bestNext;
                improved = true;
            }
        }
        return best;
    }

    /** Counts the choices each ranking decides correctly, giving order the majority direction per level. */
    private static Ranking evaluate(Design design, Counts counts, int[] aboveOrder) {
        int levels = design.levels().size();
        long correct = 0;
        long wrong = 0;
        long[][] byLevel = new long[levels][2];   // choices of n1, n2 where order decides
        for (int i = 0; i < design.rows(); i++) {
            long n1 = counts.n1()[i];
            long n2 = counts.trials()[i] - n1;
            int decision = decidingDirection(design, i, aboveOrder);
            if (decision > 0) {
                correct += n1;
                wrong += n2;
            } else if (decision < 0) {
                correct += n2;
                wrong += n1;
            } else {
                byLevel[design.level(i)][0] += n1;
                byLevel[design.level(i)][1] += n2;
            }
        }
        int[] direction = new int[levels];
        for (int l = 0; l < levels; l++) {
            // 0: no trial of this level is left to order, so no direction is identified.
            direction[l] = byLevel[l][0] + byLevel[l][1] == 0 ? 0 : byLevel[l][0] >= byLevel[l][1] ? +1 : -1;
            correct += Math.max(byLevel[l][0], byLevel[l][1]);
            wrong += Math.min(byLevel[l][0], byLevel[l][1]);
        }
        return new Ranking(aboveOrder, direction, correct, wrong);
    }

    /** The direction of the first cue in the ranking present in row i, or 0 when order must decide. */
    private static int decidingDirection(Design design, int i, int[] aboveOrder) {
        for (int c : aboveOrder) {
            int d = design.direction(i, c);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    /** Order directions are +1 or -1, ranks positive (NaN: ranked below order), the lapse rate in [0, 1]. */
    @Override
    public String invalidValue(Design design, int parameter, double value) {
        int levels = design.levels().size();
        if (parameter < levels) {
            return value == 1 || value == -1 || Double.isNaN(value) ? null
                    : "must be +1 or -1 (the direction of an order level), or empty when not identified";
        }
        if (parameter < design.parameterCount()) {
            return Double.isNaN(value) || value > 0 && Double.isFinite(value) ? null
                    : "must be a positive rank (1 decides first), or left out to rank below order";
        }
        return value >= 0 && value <= 1 ? null : "must lie in [0, 1] (the share of choices that are guesses)";
    }

    /** Only the lapse rate is continuous; directions and ranks are discrete. */
    @Override
    public boolean isContinuous(Design design, int parameter) {
        return parameter == design.parameterCount();
    }

    @Override
    public RuleReader reader() {
        return RuleReader.RANKING;
    }

    @Override
    public double[] predict(Design design, double[] parameters) {
        int levels = design.levels().size();
        int m = design.cues().size();
        double lapse = parameters[levels + m];
        Integer[] ranked = new Integer[m];
        int count = 0;
        for (int c = 0; c < m; c++) {
            if (!Double.isNaN(parameters[levels + c])) {
                ranked[count++] = c;
            }
        }
        Integer[] order = Arrays.copyOf(ranked, count);
        Arrays.sort(order, (a, b) -> Double.compare(parameters[levels + a], parameters[levels + b]));
        int[] aboveOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        double[] p = new double[design.rows()];
        for (int i = 0; i < p.length; i++) {
            int decision = decidingDirection(design, i, aboveOrder);
            if (decision == 0) {
                decision = (int) Math.signum(parameters[design.level(i)]);
            }
            p[i] = decision > 0 ? 1 - lapse / 2 : decision < 0 ? lapse / 2 : 0.5;
        }
        return p;
    }
}
