package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cmsim.competition.ParameterStatus;
import org.junit.jupiter.api.Test;

/** The one order of cue strengths, placed by hand. */
class StrengthOrderingTest {

    private static StrengthOrdering.Entry separated(String name, double atLeast) {
        return new StrengthOrdering.Entry(name, ParameterStatus.SEPARATED, Double.NaN, atLeast);
    }

    private static StrengthOrdering.Entry not(String name, ParameterStatus status) {
        return new StrengthOrdering.Entry(name, status, Double.NaN, Double.NaN);
    }

    @Test
    void measuredBySizeSeparatedAboveWhatTheirBoundBeatsTheRestApart() {
        StrengthOrdering.Result r = StrengthOrdering.of(List.of(
                StrengthOrdering.Entry.measured("order=NVN", -0.97),
                StrengthOrdering.Entry.measured("animacy", 1.11),
                not("clitic", ParameterStatus.SPARSE),
                separated("case", 6.4),
                StrengthOrdering.Entry.measured("agreement", 1.20),
                separated("passive", 1.0),
                not("order=VNN", ParameterStatus.ABSENT),
                separated("marker", 0.5)));
        // case's bound is above every measured size: first. passive's (1.0) beats only order (0.97); marker's (0.5)
        // beats none: last. Russian case, the strongest cue, is never listed last.
        assertEquals(List.of("case", "agreement", "animacy", "passive", "order=NVN", "marker"),
                r.places().stream().map(StrengthOrdering.Place::name).toList());
        assertEquals(">=case > agreement > animacy > >=passive > order=NVN > >=marker", r.describe());
        assertEquals(List.of("clitic", "order=VNN"), r.notMeasured());
        assertEquals(">=case > agreement > animacy > >=passive > order=NVN > >=marker (not measured: clitic, order=VNN)",
                r.describeWithNotMeasured());
    }

    @Test
    void separatedCuesInOnePlaceKeepTheirInputOrderAndEqualSizesTheirs() {
        StrengthOrdering.Result r = StrengthOrdering.of(List.of(separated("b", 3), StrengthOrdering.Entry.measured("x", 2),
                separated("a", 2.5), StrengthOrdering.Entry.measured("y", -2), StrengthOrdering.Entry.measured("z", 1)));
        assertEquals(List.of(">=b", ">=a", "x", "y", "z"), r.texts());
        assertEquals("none measured", StrengthOrdering.of(List.of(not("c", ParameterStatus.ABSENT))).describe());
    }

    @Test
    void aSeparatedParameterIsAtLeastItsFiniteBoundsSize() {
        assertEquals(6.4, StrengthOrdering.atLeast(6.4, Double.POSITIVE_INFINITY), 0);
        assertEquals(2.0, StrengthOrdering.atLeast(Double.NEGATIVE_INFINITY, -2.0), 0);
        assertEquals(0, StrengthOrdering.atLeast(-1.0, Double.POSITIVE_INFINITY), 0, "a bound that does not exclude 0");
        assertEquals(0, StrengthOrdering.atLeast(Double.NEGATIVE_INFINITY, 3.0), 0);
    }

    @Test
    void aSeparatedCueDoesNotBeatASizeEqualToItsBound() {
        StrengthOrdering.Result r = StrengthOrdering.of(List.of(StrengthOrdering.Entry.measured("x", 2),
                separated("s", 2), StrengthOrdering.Entry.measured("y", Double.NaN)));
        assertEquals(List.of("x", ">=s"), r.texts());
        assertEquals(List.of("y"), r.notMeasured(), "a measured parameter without a value is not ordered");
    }
}

