package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.Examples;
import org.cmsim.attention.Folds;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.design.Design;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CorpusReader;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.LanguageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule's held-out log-likelihood recomputed by hand on the folds the heads' cross-validation dealt. */
class HeldOutTest {

    private static final String CONFIG = """
            {"name": "tiny", "corpus": "corpus.csv",
             "features": {"animacy": ["animate", "inanimate"]},
             "cues": [{"name": "order", "kind": "order"},
                      {"name": "animacy", "kind": "contrast", "feature": "animacy", "value": "animate"}],
             "seed": 1}
            """;
    private static final String CORPUS = """
            order,n1.animacy,n2.animacy,agent,count
            NVN,animate,inanimate,n1,30
            NVN,inanimate,animate,n2,10
            NVN,animate,animate,n1,12
            NNV,inanimate,inanimate,n2,4
            VNN,animate,inanimate,n1,6
            VNN,animate,inanimate,n2,3
            """;

    @Test
    void ruleIsFittedOnEachTrainingFoldAndScoredOnItsHeldOutFold(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), CONFIG);
        Files.writeString(dir.resolve("corpus.csv"), CORPUS);
        LanguageConfig config = ConfigReader.readLanguage(dir.resolve("config.json"));
        Examples examples = AttentionStudy.examples(CorpusReader.read(config.corpus(), config.features()),
                config.cues());
        long foldSeed = 77;
        HeadEnsemble.CrossValidation heads = new HeadEnsemble.CrossValidation(List.of(1e-3), new double[] {-1},
                1e-3, AttentionSettings.L2Choice.CROSS_VALIDATED, 3, foldSeed, examples.totalWeight(), -2);

        // sum over folds f and held-out types e of n1 ln p_e + n2 ln(1 - p_e), p from the fit to the other folds
        Folds folds = Folds.of(examples, 3, foldSeed);
        Design design = Design.of(examples.stimuli(), config.cues());
        double expected = 0;
        for (int f = 0; f < 3; f++) {
            double[] p = new MultiplicativeRule().fit(design, folds.training().get(f).counts()).predicted();
            Examples held = folds.heldOut().get(f);
            for (int e = 0; e < held.size(); e++) {
                double n1 = Math.round(held.weight(e) * held.targetN1(e));
                double n2 = held.weight(e) - n1;
                expected += (n1 > 0 ? n1 * Math.log(p[e]) : 0) + (n2 > 0 ? n2 * Math.log(1 - p[e]) : 0);
            }
        }
        HeldOut heldOut = HeldOut.of(examples, config.cues(), heads);
        assertEquals(expected, heldOut.ruleLogLik(), 1e-9);
        assertTrue(expected < 0);
        assertSame(heads, heldOut.heads());
    }
}
