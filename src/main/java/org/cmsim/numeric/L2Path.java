package org.cmsim.numeric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The choice of an L2 penalty by cross-validation, on a grid of factor-10 steps that grows until the
 * choice is no artefact of the grid: the held-out log-likelihood of each penalty (with its standard
 * error), the largest chosen, and the grid extended by one step beyond whichever end holds the best
 * until the best is interior (it beats both neighbours) or the grid reaches {@link #SMALLEST} or
 * {@link #LARGEST}. Between them lies every penalty from "next to none" (the training's own limits, early
 * stopping or the data, regularise) to "everything shrunk to chance" (P = 1/2 for every sentence).
 *
 * <p>Beside the choice, the <em>one-SE set</em>: the penalties whose held-out log-likelihood is within one
 * standard error of the best one's (the one-standard-error rule of Breiman, Friedman, Olshen &amp; Stone
 * 1984, sec. 3.4.3; Hastie, Tibshirani &amp; Friedman 2009, sec. 7.10). The cross-validation cannot tell
 * these penalties apart, so an answer that changes between them is one the data do not settle.
 *
 * <p>Several curves can be searched at once (the inner cross-validations of nested folds): each round asks
 * the {@link Scorer} for every point any curve still needs, in one batch, so that the scorer can train the
 * models of a round in parallel and share work between curves. The rounds depend only on the scores, never
 * on timing, so the search is as reproducible as the scores.
 */
public final class L2Path {

    /** The smallest penalty the grid reaches. */
    public static final double SMALLEST = 1e-8;
    /** The largest penalty the grid reaches. */
    public static final double LARGEST = 1e2;
    /** Where the search starts by default: {1e-4, 1e-3, 1e-2}. */
    public static final List<Double> START = List.of(1e-4, 1e-3, 1e-2);

    /** One penalty's held-out log-likelihood (summed over held-out tokens) and its standard error. */
    public record Point(double l2, double logLik, double se) {
    }

    /** A point wanted for a curve: curve {@code curve} (0, 1, ...) at penalty {@code l2}. */
    public record Request(int curve, double l2) {
    }

    /** Scores a round's requests, returning one point per request in the same order. */
    @FunctionalInterface
    public interface Scorer {
        List<Point> score(List<Request> requests);
    }

    /** A searched curve: its points by increasing penalty, the best, and the penalties within one SE of it. */
    public record Curve(List<Point> points) {

        public Curve {
            points = points.stream().sorted(Comparator.comparingDouble(Point::l2)).toList();
            if (points.isEmpty()) {
                throw new IllegalArgumentException("a curve needs at least one point");
            }
        }

        /** The index of the largest held-out log-likelihood (the smallest penalty among equals). */
        public int bestIndex() {
            int best = 0;
            for (int i = 1; i < points.size(); i++) {
                best = points.get(i).logLik() > points.get(best).logLik() ? i : best;
            }
            return best;
        }

        public Point best() {
            return points.get(bestIndex());
        }

        /** The chosen penalty. */
        public double chosen() {
            return best().l2();
        }

        /** Whether the best beats a neighbour on either side, i.e. is neither end of the grid. */
        public boolean interior() {
            int best = bestIndex();
            return best > 0 && best < points.size() - 1;
        }

        /**
         * The one-SE set: the penalties whose held-out log-likelihood is at least the best one's minus its
         * standard error, in increasing order (the best among them).
         */
        public List<Double> withinOneSe() {
            Point best = best();
            double floor = best.logLik() - (Double.isFinite(best.se()) ? best.se() : 0);
            return points.stream().filter(p -> p.logLik() >= floor).map(Point::l2).toList();
        }

        public boolean isWithinOneSe(double l2) {
            return withinOneSe().contains(l2);
        }

        public List<Double> l2s() {
            return points.stream().map(Point::l2).toList();
        }

        /**
         * The penalty one step beyond the end of the grid that holds the best (below it first, when a one-point
         * grid is both ends); none when the best is interior, or the step would leave [SMALLEST, LARGEST].
         */
        java.util.Optional<Double> nextStep() {
            int best = bestIndex();
            List<Double> steps = new ArrayList<>();
            if (best == 0) {
                steps.add(tenth(points.get(0).l2()));
            }
            if (best == points.size() - 1) {
                steps.add(tenfold(points.get(best).l2()));
            }
            List<Double> present = l2s();
            return steps.stream().filter(l2 -> l2 >= SMALLEST * (1 - 1e-9) && l2 <= LARGEST * (1 + 1e-9)
                    && !present.contains(l2)).findFirst();
        }
    }

    private L2Path() {
    }

    /**
     * Searches {@code curves} curves from the grid {@code start}; with {@code extend} false the grid is scored as
     * it is (an L2 the config sets is scored, not chosen).
     */
    public static List<Curve> search(int curves, List<Double> start, boolean extend, Scorer scorer) {
        if (start.isEmpty()) {
            throw new IllegalArgumentException("the L2 search needs a starting grid");
        }
        for (double l2 : start) {
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("an L2 penalty must be finite and non-negative, got " + l2);
            }
        }
        List<List<Point>> points = new ArrayList<>();
        List<Request> round = new ArrayList<>();
        for (int c = 0; c < curves; c++) {
            points.add(new ArrayList<>());
            for (double l2 : start) {
                round.add(new Request(c, l2));
            }
        }
        while (!round.isEmpty()) {
            List<Point> scored = scorer.score(List.copyOf(round));
            if (scored.size() != round.size()) {
                throw new IllegalStateException("the scorer returned " + scored.size() + " points for " + round.size()
                        + " requests");
            }
            for (int r = 0; r < round.size(); r++) {
                points.get(round.get(r).curve()).add(scored.get(r));
            }
            List<Request> next = new ArrayList<>();
            for (int c = 0; extend && c < curves; c++) {
                int curve = c;
                new Curve(points.get(c)).nextStep().ifPresent(l2 -> next.add(new Request(curve, l2)));
            }
            round = next;
        }
        return points.stream().map(Curve::new).toList();
    }

    /** One factor-10 step down, as a decimal shift (1e-4 to 1e-5 exactly, not 1e-4 * 0.1). */
    static double tenth(double l2) {
        return l2 == 0 ? 0 : BigDecimal.valueOf(l2).movePointLeft(1).doubleValue();
    }

    /** One factor-10 step up, as a decimal shift. */
    static double tenfold(double l2) {
        return BigDecimal.valueOf(l2).movePointRight(1).doubleValue();
    }
}
