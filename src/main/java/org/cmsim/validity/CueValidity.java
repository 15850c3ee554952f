package org.cmsim.validity;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.Cue;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;

/**
 * Cue validity in a corpus, as defined by MacWhinney, Bates and colleagues (Bates &amp; MacWhinney
 * 1989, "Functionalism and the Competition Model"; McDonald 1986):
 * <ul>
 *   <li>availability = share of sentences in which the cue is present (points to one noun);</li>
 *   <li>reliability = share of those in which it points to the correct agent;</li>
 *   <li>overall validity = availability x reliability;</li>
 *   <li>conflict validity = share of the sentences where the cue conflicts with another present cue
 *       (points to the other noun) in which it points to the correct agent.</li>
 * </ul>
 * Every share is weighted by the sentences' {@code count}. A share with an empty denominator is
 * undefined (NaN), never 0. The order cue takes its per-level directions from the corpus
 * ({@link org.cmsim.model.OrderCue#withMajorityDirections}).
 */
public final class CueValidity {

    private CueValidity() {
    }

    /** One row of validity.csv. */
    public record Row(String cue, long present, double availability, double reliability, double validity,
                      long conflicts, double conflictValidity) {
    }

    /** Validity of each cue in {@code cues}, in the order given. */
    public static List<Row> of(SentenceCorpus corpus, List<Cue> cues) {
        List<Cue> resolved = resolve(corpus, cues);
        long total = corpus.totalCount();
        int n = resolved.size();
        long[] present = new long[n];
        long[] correct = new long[n];
        long[] conflicts = new long[n];
        long[] conflictWins = new long[n];
        int[] direction = new int[n];
        for (Sentence sentence : corpus.sentences()) {
            int agentDirection = sentence.agent() == Slot.N1 ? +1 : -1;
            boolean pointsToN1 = false;
            boolean pointsToN2 = false;
            for (int c = 0; c < n; c++) {
                direction[c] = resolved.get(c).direction(sentence.stimulus());
                pointsToN1 |= direction[c] > 0;
                pointsToN2 |= direction[c] < 0;
            }
            long weight = sentence.count();
            for (int c = 0; c < n; c++) {
                if (direction[c] == 0) {
                    continue;
                }
                present[c] += weight;
                boolean right = direction[c] == agentDirection;
                correct[c] += right ? weight : 0;
                // It conflicts when some other present cue points the other way; only another cue can.
                boolean conflicting = direction[c] > 0 ? pointsToN2 : pointsToN1;
                if (conflicting) {
                    conflicts[c] += weight;
                    conflictWins[c] += right ? weight : 0;
                }
            }
        }
        List<Row> rows = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            double availability = availability(present[c], total);
            double reliability = reliability(correct[c], present[c]);
            rows.add(new Row(resolved.get(c).name(), present[c], availability, reliability,
                    overallValidity(availability, reliability), conflicts[c],
                    conflictValidity(conflictWins[c], conflicts[c])));
        }
        return rows;
    }

    /** The cues with the order cue's level directions read off the corpus. */
    public static List<Cue> resolve(SentenceCorpus corpus, List<Cue> cues) {
        List<Cue> resolved = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            resolved.add(cue.resolvedOn(corpus));
        }
        return resolved;
    }

    // availability = present / total
    static double availability(long present, long total) {
        return ratio(present, total);
    }

    // reliability = correct / present
    static double reliability(long correct, long present) {
        return ratio(correct, present);
    }

    // overall validity = availability x reliability; undefined reliability (cue never present) gives 0
    // validity, since a cue that is never there never helps.
    static double overallValidity(double availability, double reliability) {
        return availability == 0 ? 0 : availability * reliability;
    }

    // conflict validity = wins in conflict / conflicts
    static double conflictValidity(long wins, long conflicts) {
        return ratio(wins, conflicts);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
