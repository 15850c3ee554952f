package org.cmsim.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cmsim.competition.ParameterStatus;

/**
 * The one way cmsim orders cues by strength, strongest first, used by the headline, the cue ranks and
 * the verdicts alike.
 *
 * <p>A <b>measured</b> parameter is placed by the absolute size of its log-odds (the direction of an order
 * level is part of its meaning, its size is its strength); equal sizes keep the input order.
 *
 * <p>A <b>separated</b> parameter (the data separate it, Albert &amp; Anderson 1984) has no estimate, only a
 * one-sided profile-likelihood interval: its strength is at least the size of the interval's finite bound
 * ({@link RelationVerdicts.CueParameter#atLeast()}). It is placed just above the strongest measured cue whose
 * size is below that bound, and marked {@value #AT_LEAST}: it is stronger than every cue after it, and the data
 * cannot tell whether it is stronger than the cues before it (nor than another separated cue in the same place).
 * A separated parameter whose bound is below every measured size beats none and is placed last, marked.
 *
 * <p><b>Sparse</b> and <b>absent</b> parameters are not measured: they are listed apart, never in an ordering.
 */
public final class StrengthOrdering {

    /** The mark of a separated parameter: its strength is at least what its place says. */
    public static final String AT_LEAST = ">=";

    /**
     * One parameter to order: its status, its size (absolute log-odds) when measured, and for a separated
     * one the size its strength is at least.
     */
    public record Entry(String name, ParameterStatus status, double size, double atLeast) {

        /** A measured parameter with this value (its sign is dropped). */
        public static Entry measured(String name, double value) {
            return new Entry(name, ParameterStatus.MEASURED, Math.abs(value), Double.NaN);
        }

        /**
         * The parameter standing for a cue, named {@code name}, with its value: by size when measured, by its bound
         * when separated (its value, the prior's, is not read), not measured otherwise.
         */
        public static Entry of(String name, RelationVerdicts.CueParameter cue, double value) {
            return switch (cue.status()) {
                case MEASURED -> measured(name, value);
                case SEPARATED -> new Entry(name, cue.status(), Double.NaN, cue.atLeast());
                default -> new Entry(name, cue.status(), Double.NaN, Double.NaN);
            };
        }
    }

    /** A place in an ordering: the parameter, and whether it is a separated one placed by its bound. */
    public record Place(String name, boolean atLeast) {

        /** The name as an ordering writes it: {@code >=passive} for a separated parameter. */
        public String text() {
            return atLeast ? AT_LEAST + name : name;
        }
    }

    /** The ordered places, strongest first, and the parameters that are not measured, in input order. */
    public record Result(List<Place> places, List<String> notMeasured) {

        public Result {
            places = List.copyOf(places);
            notMeasured = List.copyOf(notMeasured);
        }

        /** The places as written, strongest first. */
        public List<String> texts() {
            return places.stream().map(Place::text).toList();
        }

        /** "case > order=NVN > >=passive > animacy"; "none measured" when nothing can be ordered. */
        public String describe() {
            return places.isEmpty() ? "none measured" : String.join(" > ", texts());
        }

        /** The ordering, then the parameters that are not measured: "a > b (not measured: c, d)". */
        public String describeWithNotMeasured() {
            return describe() + (notMeasured.isEmpty() ? "" : " (not measured: " + String.join(", ", notMeasured) + ")");
        }
    }

    private StrengthOrdering() {
    }

    /**
     * The size a separated parameter's strength is at least: the finite bound of its profile-likelihood interval
     * {@code [low, high]}, as a size; 0 when that bound does not exclude 0.
     */
    public static double atLeast(double low, double high) {
        return Math.max(0, Math.max(Double.isFinite(low) ? low : 0, Double.isFinite(high) ? -high : 0));
    }

    public static Result of(List<Entry> entries) {
        List<Entry> measured = entries.stream().filter(e -> e.status() == ParameterStatus.MEASURED)
                .filter(e -> !Double.isNaN(e.size()))
                .sorted(Comparator.comparingDouble(e -> -e.size())).toList();   // stable: ties keep the input order
        List<Place> places = new ArrayList<>();
        measured.forEach(e -> places.add(new Place(e.name(), false)));
        List<String> notMeasured = new ArrayList<>();
        // Each separated parameter goes before the first measured one it beats; later separated ones at the same
        // place go after earlier ones, so the input order decides how an undecided pair is written.
        int[] insertedBefore = new int[measured.size() + 1];
        for (Entry e : entries) {
            if (e.status() == ParameterStatus.SEPARATED) {
                int beaten = measured.size();
                for (int i = 0; i < measured.size(); i++) {
                    if (measured.get(i).size() < e.atLeast()) {
                        beaten = i;
                        break;
                    }
                }
                int index = beaten + insertedBefore[beaten];
                for (int i = 0; i < beaten; i++) {
                    index += insertedBefore[i];
                }
                places.add(index, new Place(e.name(), true));
                insertedBefore[beaten]++;
            } else if (e.status() != ParameterStatus.MEASURED || Double.isNaN(e.size())) {
                notMeasured.add(e.name());
            }
        }
        return new Result(places, notMeasured);
    }
}
