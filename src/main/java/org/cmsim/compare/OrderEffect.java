package org.cmsim.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.competition.ParameterStatus;

/**
 * Word order as one effect: the contrast between the canonical order (the level in the most tokens) and the
 * other orders, for a published finding about word order as a whole ("first noun as agent in NVN, second noun in
 * VNN and NNV", MacWhinney, Bates &amp; Kliegl 1984).
 *
 * <p>Each order level's parameter is the log-odds of choosing n1 in a sentence of that order when no other cue
 * points. An agent-identification experiment presents the orders in equal numbers, so the other orders enter
 * with equal weights:
 * <pre>   effect = (w_canonical - mean over the other levels of w_level) / 2</pre>
 * Halved, so that it is on the scale of a cue's parameter: a cue coded +1 / -1 moves the log-odds between +w and
 * -w, a difference of 2w. Its size is the strength compared with other cues. The other levels are those the
 * corpus measures (sparse, absent and separated levels left out); with none, or with the canonical level not
 * measured, the effect is not measured.
 */
public final class OrderEffect {

    /** The parameter name under which the effect is read in verdicts and replicates. */
    public static final String PARAMETER = "order effect";

    /** The canonical level and the other levels the effect contrasts it with. */
    public record Levels(String canonical, List<String> others) {
        public Levels {
            others = List.copyOf(others);
        }
    }

    private OrderEffect() {
    }

    /** The levels of the effect from the corpus's parameters; empty when the effect is not measured. */
    public static Optional<Levels> levels(List<Comparison.CueRow> rows) {
        Optional<Comparison.CueRow> canonical = rows.stream().filter(r -> r.parameter().startsWith("order="))
                .max(Comparator.comparingDouble(Comparison.CueRow::present));
        if (canonical.isEmpty() || canonical.get().status() != ParameterStatus.MEASURED) {
            return Optional.empty();
        }
        List<String> others = new ArrayList<>();
        for (Comparison.CueRow r : rows) {
            if (r.parameter().startsWith("order=") && r != canonical.get() && r.status() == ParameterStatus.MEASURED) {
                others.add(r.parameter());
            }
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(new Levels(canonical.get().parameter(), others));
    }

    /** The effect under parameter values {@code values} (NaN where a level is unread; infinite where one is). */
    public static double of(Map<String, Double> values, Levels levels) {
        double others = 0;
        for (String level : levels.others()) {
            others += values.getOrDefault(level, Double.NaN);
        }
        return (values.getOrDefault(levels.canonical(), Double.NaN) - others / levels.others().size()) / 2;
    }

    /** Each replicate with the effect added under {@link #PARAMETER}. */
    public static List<Map<String, Double>> addTo(List<Map<String, Double>> replicates, Levels levels) {
        List<Map<String, Double>> with = new ArrayList<>();
        for (Map<String, Double> replicate : replicates) {
            Map<String, Double> copy = new LinkedHashMap<>(replicate);
            copy.put(PARAMETER, of(replicate, levels));
            with.add(copy);
        }
        return with;
    }
}
