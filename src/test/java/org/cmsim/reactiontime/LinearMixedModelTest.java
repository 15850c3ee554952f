package org.cmsim.reactiontime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The REML fit against lme4::lmer and lmerTest (golden files of src/test/scripts/lmer-golden.R): fixed effects,
 * standard errors, Satterthwaite df, t and p, random SDs and correlations, the REML criterion, logLik, AIC and the
 * singular flag, for three structures on a development data set and a held-out one.
 */
class LinearMixedModelTest {

    static final double ESTIMATE_TOLERANCE = 0.01;
    /** Relative tolerances of standard errors and degrees of freedom. */
    static final double SE_RELATIVE = 0.02;
    static final double DF_RELATIVE = 0.01;
    static final double SD_TOLERANCE = 0.02;
    static final double CRITERION_TOLERANCE = 0.01;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "development; intercepts; conflict certainty; (1 | subject) + (1 | item)",
        "development; slope; conflict certainty; (1 + conflict | subject) + (1 | item)",
        "development; uncorrelated; conflict certainty choice; (1 + conflict || subject) + (1 | item)",
        "heldout; intercepts; conflict certainty; (1 | subject) + (1 | item)",
        "heldout; slope; conflict certainty; (1 + conflict | subject) + (1 | item)",
        "heldout; uncorrelated; conflict certainty choice; (1 + conflict || subject) + (1 | item)"})
    void fitMatchesLmerAndLmerTest(String set, String model, String predictors, String random) throws IOException {
        LinearMixedFit fit = LinearMixedModel.fit(RtGolden.design(set, List.of(predictors.split(" ")), random));
        String stem = set + "-" + model;
        for (Map<String, String> row : RtGolden.read(stem + "-fixed.csv")) {
            LinearMixedFit.Fixed f = fit.fixed(row.get("parameter"));
            String what = stem + " " + f.name();
            assertEquals(number(row, "estimate"), f.estimate(), ESTIMATE_TOLERANCE, what + " estimate");
            assertEquals(number(row, "se"), f.se(), SE_RELATIVE * number(row, "se"), what + " se");
            assertEquals(number(row, "df"), f.df(), DF_RELATIVE * number(row, "df"), what + " df");
            assertEquals(number(row, "t"), f.t(), 0.02 * Math.abs(number(row, "t")) + 1e-3, what + " t");
            assertEquals(number(row, "p_value"), f.p(), 0.02 * number(row, "p_value") + 1e-4, what + " p");
        }
        List<Map<String, String>> sds = RtGolden.read(stem + "-random.csv");
        assertEquals(sds.size(), fit.sds().size() + 1, stem + ": one SD per effect and the residual");
        for (Map<String, String> row : sds) {
            double sd = row.get("factor").equals("residual") ? fit.sigma() : fit.sds().stream()
                    .filter(s -> s.factor().equals(row.get("factor")) && s.effect().equals(row.get("parameter")))
                    .findFirst().orElseThrow().sd();
            assertEquals(number(row, "sd"), sd, SD_TOLERANCE, stem + " sd " + row);
        }
        List<Map<String, String>> correlations = RtGolden.read(stem + "-correlations.csv");
        assertEquals(correlations.size(), fit.correlations().size(), stem + " correlations");
        for (int r = 0; r < correlations.size(); r++) {
            assertEquals(number(correlations.get(r), "correlation"), fit.correlations().get(r).correlation(),
                    SD_TOLERANCE, stem + " correlation");
        }
        Map<String, String> criteria = RtGolden.read(stem + "-fit.csv").get(0);
        assertEquals(number(criteria, "REML"), fit.reml(), CRITERION_TOLERANCE, stem + " REML");
        assertEquals(number(criteria, "logLik"), fit.logLik(), CRITERION_TOLERANCE, stem + " logLik");
        assertEquals(number(criteria, "AIC"), fit.aic(), CRITERION_TOLERANCE, stem + " AIC");
        assertEquals(Boolean.parseBoolean(criteria.get("singular")), fit.singular(), stem + " singular");
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}
