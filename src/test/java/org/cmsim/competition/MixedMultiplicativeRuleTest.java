package org.cmsim.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.design.Counts;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The mixed multiplicative rule against lme4's glmer (nAGQ = 1) on the same trial-level data: fixed effects,
 * their standard errors, the random-effect SDs and the Laplace log-likelihood. The reference files and the
 * R script that wrote them are in src/test/resources/golden/lme4 (see the README there). The fits on all 40
 * subjects, which take half a minute, are in {@link MixedMultiplicativeRuleFullDataTest}.
 */
class MixedMultiplicativeRuleTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/lme4");
    /** The tolerances are 0.02, 5%, 0.05 and 0.05; these are tighter. */
    private static final double ESTIMATE_TOLERANCE = 0.005;
    private static final double SE_RELATIVE_TOLERANCE = 0.02;
    private static final double SD_TOLERANCE = 0.01;
    private static final double LOGLIK_TOLERANCE = 0.01;

    /** Item intercepts on subjects s01-s06 (648 trials; golden/lme4/small-item-*.csv): a fit of under a second. */
    @Test
    void itemInterceptsOnSixSubjectsMatchLme4() throws Exception {
        MixedFit fit = new MixedMultiplicativeRule().fit(PirlsTest.smallDesign(RandomStructure.parse("item")));
        assertMatchesReference(fit, "small-item");
        assertEquals(6, fit.freeParameters());
        assertEquals(648, fit.trials());
        assertTrue(fit.warnings().isEmpty(), fit.warnings().toString());
    }

    @Test
    void withoutVariationTheMixedFitIsThePooledFit() throws Exception {
        // Every subject identical and every cell at its expected share: the SDs go to zero, the fit is singular
        // and says so, and the fixed effects are the pooled multiplicative fit's.
        Fixtures.ModelInput input = Fixtures.golden();
        List<org.cmsim.model.ChoiceRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < input.design().rows(); i++) {
            for (int s = 0; s < 4; s++) {
                long n = input.counts().trials()[i] / 4;
                long y = Math.round((double) input.counts().n1()[i] / 4);
                rows.add(new org.cmsim.model.ChoiceRow(input.design().stimuli().get(i), n, y, "s" + s, null, null));
            }
        }
        MixedFit fit = new MixedMultiplicativeRule().fit(MixedDesign.of(input.design(), rows,
                RandomStructure.parse("subject")));
        Counts pooledCounts = Counts.of(new org.cmsim.model.ChoiceData(Fixtures.config().features(),
                rows).conditions());
        RuleFit pooled = new MultiplicativeRule().fit(input.design(), pooledCounts);
        for (MixedFit.RandomSd sd : fit.sds()) {
            assertEquals(0, sd.sd(), 0, sd.parameter());
        }
        assertTrue(fit.warnings().stream().anyMatch(w -> w.startsWith("singular fit")), fit.warnings().toString());
        for (String parameter : pooled.parameters()) {
            assertEquals(pooled.estimate(parameter), fit.estimate(parameter), 1e-4, parameter);
        }
        assertEquals(pooled.logLik(), fit.logLik(), 1e-6);
    }

    static void assertMatchesReference(MixedFit fit, String name) throws Exception {
        for (String[] row : csv(GOLDEN.resolve(name + "-fixed.csv"))) {
            String parameter = row[0];
            assertEquals(Double.parseDouble(row[1]), fit.estimate(parameter), ESTIMATE_TOLERANCE, parameter);
            double se = Double.parseDouble(row[2]);
            assertEquals(se, fit.se(parameter), SE_RELATIVE_TOLERANCE * se, parameter + " se");
        }
        List<String[]> sds = csv(GOLDEN.resolve(name + "-sd.csv"));
        assertEquals(sds.size(), fit.sds().size());
        for (String[] row : sds) {
            MixedFit.RandomSd sd = fit.sds().stream()
                    .filter(s -> s.factor().equals(row[0]) && s.parameter().equals(row[1]))
                    .findFirst().orElseThrow();
            assertEquals(Double.parseDouble(row[2]), sd.sd(), SD_TOLERANCE, row[0] + " " + row[1]);
        }
        double logLik = Double.parseDouble(csv(GOLDEN.resolve(name + "-loglik.csv")).get(0)[0]);
        assertEquals(logLik, fit.logLik(), LOGLIK_TOLERANCE);
        assertTrue(fit.converged());
    }

    static List<String[]> csv(Path file) throws Exception {
        return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split(",")).toList();
    }
}
