package org.cmsim.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.design.Counts;
import org.cmsim.numeric.L2Path;
import org.cmsim.numeric.Parallel;
import org.cmsim.numeric.TokenLogLikelihood;

/**
 * Nested cross-validation (Stone 1974; Varma &amp; Simon 2006): a model's L2 penalty is chosen inside each
 * outer training set and the model is scored on the outer held-out fold, which took no part in the
 * choice, so a penalty chosen to suit the scoring tokens cannot flatter the score.
 *
 * <p>The inner folds reuse the outer ones: within outer fold f's training set (every fold but f) the
 * inner cross-validation holds out each other fold h in turn and trains on the folds that are neither f
 * nor h. With K = 3 outer folds that is an inner 2-fold cross-validation. Its training sets are shared:
 * the folds other than f and h are the inner training set of fold f's choice (scored on h) and of fold
 * h's (scored on f), so one model trained on them serves both, and each L2 costs K (K - 1) / 2 inner
 * trainings, each on (K - 2) / K of the tokens. Every inner curve is searched as the heads' L2 is
 * ({@link L2Path}: factor-10 steps until its best is interior), all curves of all models in one batch
 * per round, in parallel; each training draws from its own seed, so the result does not depend on the
 * number of threads.
 */
public final class NestedCrossValidation {

    /** A model with an L2 penalty, fitted to a training share of the tokens and read on every type. */
    @FunctionalInterface
    public interface PenalisedModel {
        /** The logit of every type of {@code training} (ln P(n1) / P(n2)) under the model fitted to its weights. */
        double[] logits(Examples training, double l2, long seed);
    }

    /** Outer held-out logits known before the search: fold f's at an L2 (the heads' own L2 curve has them). */
    @FunctionalInterface
    public interface KnownLogits {
        Optional<double[]> heldOutLogits(double l2, int fold);

        KnownLogits NONE = (l2, fold) -> Optional.empty();
    }

    /**
     * A model to cross-validate: how to fit it, the seed of each outer fold's training and of each inner
     * training set (indexed by {@link #pairIndex}), an L2 set beforehand (then nothing is chosen: every fold
     * uses it; null to choose), and any outer logits already known.
     */
    public record Candidate(PenalisedModel model, long[] outerSeeds, long[] innerSeeds, Double fixedL2,
                            KnownLogits known) {
        public Candidate {
            outerSeeds = outerSeeds.clone();
            innerSeeds = innerSeeds.clone();
        }
    }

    /**
     * A model's result: the L2 each outer fold chose (or was given), the inner curve behind each choice (empty
     * when the L2 was set), and each outer fold's held-out logits at its L2 ({@code [fold][type]}).
     */
    public record Outcome(double[] foldL2, List<L2Path.Curve> innerCurves, double[][] heldOutLogits) {
        public Outcome {
            foldL2 = foldL2.clone();
            innerCurves = List.copyOf(innerCurves);
        }

        @Override
        public double[] foldL2() {
            return foldL2.clone();
        }
    }

    private NestedCrossValidation() {
    }

    /** The index of the inner training set that leaves out folds f and h (either order) among K folds. */
    public static int pairIndex(int f, int h, int k) {
        int low = Math.min(f, h);
        int high = Math.max(f, h);
        // pairs (0,1), (0,2), ..., (0,k-1), (1,2), ...
        return low * k - low * (low + 1) / 2 + (high - low - 1);
    }

    /** How many inner training sets K folds have: K (K - 1) / 2. */
    public static int pairCount(int k) {
        return k * (k - 1) / 2;
    }

    /** Runs the nested cross-validation of every candidate on the folds. */
    public static List<Outcome> run(Folds folds, List<Candidate> candidates, List<Double> start, int threads) {
        int k = folds.count();
        if (k < 3) {
            throw new IllegalArgumentException("nested cross-validation on the outer folds needs at least 3 folds, got "
                    + k);
        }
        List<Counts> heldOut = folds.heldOut().stream().map(Examples::counts).toList();
        // One curve per (penalised candidate, outer fold).
        List<int[]> curves = new ArrayList<>();
        for (int m = 0; m < candidates.size(); m++) {
            if (candidates.get(m).fixedL2() == null) {
                for (int f = 0; f < k; f++) {
                    curves.add(new int[] {m, f});
                }
            }
        }
        Map<Key, double[]> inner = new HashMap<>();
        List<L2Path.Curve> searched = curves.isEmpty() ? List.of() : L2Path.search(curves.size(), start, true,
                requests -> {
                    List<Key> needed = new ArrayList<>();
                    for (L2Path.Request request : requests) {
                        int[] curve = curves.get(request.curve());
                        for (int h = 0; h < k; h++) {
                            Key key = new Key(curve[0], pairIndex(curve[1], h, k), request.l2());
                            if (h != curve[1] && !inner.containsKey(key) && !needed.contains(key)) {
                                needed.add(key);
                            }
                        }
                    }
                    List<double[]> trained = Parallel.map(needed.size(), threads, job -> {
                        Key key = needed.get(job);
                        int[] pair = pair(key.pair(), k);
                        Candidate candidate = candidates.get(key.candidate());
                        return fitted(candidate.model(), folds.trainingWithout(pair[0], pair[1]), key.l2(),
                                candidate.innerSeeds()[key.pair()]);
                    });
                    for (int j = 0; j < needed.size(); j++) {
                        inner.put(needed.get(j), trained.get(j));
                    }
                    List<L2Path.Point> points = new ArrayList<>();
                    for (L2Path.Request request : requests) {
                        int[] curve = curves.get(request.curve());
                        TokenLogLikelihood score = TokenLogLikelihood.NONE;
                        for (int h = 0; h < k; h++) {
                            if (h != curve[1]) {
                                double[] logits = inner.get(new Key(curve[0], pairIndex(curve[1], h, k), request.l2()));
                                score = score.plus(TokenLogLikelihood.of(heldOut.get(h).trials(), heldOut.get(h).n1(),
                                        logits));
                            }
                        }
                        points.add(new L2Path.Point(request.l2(), score.sum(), score.standardError()));
                    }
                    return points;
                });

        // The outer step: each fold's model at its chosen L2, from the known logits or trained now.
        double[][] foldL2 = new double[candidates.size()][k];
        List<List<L2Path.Curve>> innerCurves = new ArrayList<>();
        for (int m = 0; m < candidates.size(); m++) {
            innerCurves.add(new ArrayList<>());
        }
        for (int c = 0; c < curves.size(); c++) {
            int[] curve = curves.get(c);
            foldL2[curve[0]][curve[1]] = searched.get(c).chosen();
            innerCurves.get(curve[0]).add(searched.get(c));
        }
        double[][][] outer = new double[candidates.size()][k][];
        List<int[]> toTrain = new ArrayList<>();
        for (int m = 0; m < candidates.size(); m++) {
            Candidate candidate = candidates.get(m);
            for (int f = 0; f < k; f++) {
                if (candidate.fixedL2() != null) {
                    foldL2[m][f] = candidate.fixedL2();
                }
                Optional<double[]> known = candidate.known().heldOutLogits(foldL2[m][f], f);
                if (known.isPresent()) {
                    outer[m][f] = known.get();
                } else {
                    toTrain.add(new int[] {m, f});
                }
            }
        }
        List<double[]> trained = Parallel.map(toTrain.size(), threads, job -> {
            int m = toTrain.get(job)[0];
            int f = toTrain.get(job)[1];
            Candidate candidate = candidates.get(m);
            return fitted(candidate.model(), folds.training().get(f), foldL2[m][f], candidate.outerSeeds()[f]);
        });
        for (int j = 0; j < toTrain.size(); j++) {
            outer[toTrain.get(j)[0]][toTrain.get(j)[1]] = trained.get(j);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int m = 0; m < candidates.size(); m++) {
            outcomes.add(new Outcome(foldL2[m], innerCurves.get(m), outer[m]));
        }
        return outcomes;
    }

    /**
     * The model fitted to a training set and read on every type; a training set without tokens (a tiny corpus
     * dealt into folds) teaches nothing, so it answers P(n1) = 1/2 (logit 0) everywhere.
     */
    private static double[] fitted(PenalisedModel model, Examples training, double l2, long seed) {
        return training.totalWeight() == 0 ? new double[training.size()] : model.logits(training, l2, seed);
    }

    /** The folds (f, h), f < h, of inner training set {@code index}. */
    static int[] pair(int index, int k) {
        for (int f = 0; f < k; f++) {
            for (int h = f + 1; h < k; h++) {
                if (pairIndex(f, h, k) == index) {
                    return new int[] {f, h};
                }
            }
        }
        throw new IllegalArgumentException("no pair " + index + " among " + k + " folds");
    }

    /** An inner training: the candidate, the pair of folds left out, the L2. */
    private record Key(int candidate, int pair, double l2) {
    }
}
