package org.cmsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.Recovery;
import org.cmsim.design.Design;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.DesignReader;
import org.cmsim.model.LanguageConfig;
import org.cmsim.reactiontime.RtGenerator;
import org.junit.jupiter.api.Test;

/** Recovery of the RT model: the generating values come back, and the verdict says when they do not. */
class RtRecoveryStudyTest {

    @Test
    void fitRtRecoversTheGeneratingConflictEffect() throws Exception {
        LanguageConfig language = ConfigReader.readLanguage(Path.of("configs/two-groups.json"));
        Design design = Design.of(DesignReader.read(Path.of("corpora/illustrative/design.csv"), language.features()),
                language.cues());
        double[] values = Recovery.defaultGenerator(new MultiplicativeRule(), design);
        RtRecoveryStudy.Result result = RtRecoveryStudy.run(new RtRecoveryStudy.Request(language, design, values,
                new RtGenerator.Parameters(6.6, 0.12, 0.25, 0.1), 12, 2, 40, 17, 2));
        assertEquals(List.of("intercept", "conflict", "certainty", "sd subject", "sd residual"),
                result.rows().stream().map(RtRecoveryStudy.Row::parameter).toList());
        double[] truth = {6.6, 0.12, 0, 0.1, 0.25};
        for (int j = 0; j < truth.length; j++) {
            RtRecoveryStudy.Row row = result.rows().get(j);
            assertEquals(truth[j], row.truth(), 0);
            // The mean of 40 estimates is within 4 of its standard errors of the truth.
            assertEquals(truth[j], row.mean(), 4 * row.sd() / Math.sqrt(40) + 1e-3, row.parameter());
            assertEquals(row.mean() - row.truth(), row.bias(), 1e-12);
        }
        assertTrue(result.rows().get(1).coverage() >= 0.85, "conflict's interval covers: " + result.rows().get(1));
        assertTrue(Double.isNaN(result.rows().get(3).coverage()));
    }

    @Test
    void verdictNamesABiasedOrMiscalibratedFixedEffect() {
        RtRecoveryStudy.Row good = new RtRecoveryStudy.Row("conflict", 0.1, 0.101, 0.001, 0.01, 0.95);
        RtRecoveryStudy.Row sd = new RtRecoveryStudy.Row("sd residual", 0.25, 0.3, 0.05, 0.01, Double.NaN);
        assertTrue(RtRecoveryStudy.verdict(List.of(good, sd)).startsWith("verdict: RT model recovered."));
        RtRecoveryStudy.Row biased = new RtRecoveryStudy.Row("intercept", 6.6, 6.62, 0.02, 0.01, 0.95);
        RtRecoveryStudy.Row narrow = new RtRecoveryStudy.Row("certainty", 0, 0, 0, 0.01, 0.90);
        RtRecoveryStudy.Row wide = new RtRecoveryStudy.Row("conflict", 0, 0, -0.0099, 0.01, 0.99);
        assertEquals("verdict: RT model NOT recovered: intercept biased by 0.0200; certainty 95% CI covers 0.90;"
                + " conflict 95% CI covers 0.99.", RtRecoveryStudy.verdict(List.of(biased, narrow, wide)));
    }
}
