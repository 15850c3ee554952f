package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

    /**
     * Leave-one-out on one condition without cues: the multiplicative fit is the training proportion,
     * so a held-out n1 choice is predicted with (k-1)/(n-1) and an n2 choice with k/(n-1).
     */
    @Test
    void leaveOneOutMatchesHandComputation() {
        FeatureValues none = FeatureValues.unknown(0);
        Design design = Design.of(List.of(new Stimulus(Order.NVN, none, none, none)), List.of());
        long n = 12;
        long k = 9;
        double cv = CrossValidation.logLikelihood(new MultiplicativeRule(), design,
                new Counts(new long[] {n}, new long[] {k}), (int) n, 5);
        double expected = k * Math.log((k - 1.0) / (n - 1)) + (n - k) * Math.log(1 - k / (n - 1.0));
        assertEquals(expected, cv, 1e-9);
    }
}
