package org.cmsim.compare;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A dominance ordering: cues from the strongest to the weakest by the absolute size of their
 * log-odds (the direction of an order level is part of its meaning, its size is its strength).
 * Ties keep the input order; undefined values go last.
 */
public final class Dominance {

    private Dominance() {
    }

    public static List<String> ordering(List<String> names, double[] values) {
        return IntStream.range(0, names.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> Double.isNaN(values[i]) ? 1 : -Math.abs(values[i])))
                .map(names::get).toList();
    }

    /** The ordering written as "a > b > c". */
    public static String describe(List<String> ordering) {
        return String.join(" > ", ordering);
    }
}
