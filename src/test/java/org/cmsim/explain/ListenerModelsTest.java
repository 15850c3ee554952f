package org.cmsim.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;
import org.junit.jupiter.api.Test;

/** explain's listeners without a run are the ones run reports. */
class ListenerModelsTest {

    /**
     * run trains ten heads at the cross-validated L2 and reports the first; explain trains one: the same
     * head, weight for weight, since the L2 choice and the first head's seed do not depend on how many
     * others there are. Checked on every sentence type of the illustrative corpus, exactly.
     */
    @Test
    void theHeadIsTheFirstOfTheHeadsRunTrains() throws Exception {
        LanguageConfig full = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        LanguageConfig config = full.withAttention(full.attention().withEpochs(40));
        SentenceCorpus corpus = CueColumns.readCorpus(config.corpus(), config.features(), config.cues());
        ListenerModels explain = ListenerModels.fit(config, corpus);
        HeadEnsemble.Result run = HeadEnsemble.fit(AttentionStudy.examples(corpus, config.cues()), config.cues(),
                config.attention(), config.seed(), HeadEnsemble.Plan.defaults(), 2);
        // here cross-validation picks another L2 than the config's 0.001, so a head trained at the
        // config's L2 (what explain did before) would fail this test
        assertNotEquals(config.attention().l2(), run.crossValidation().chosenL2());
        int checked = 0;
        for (Stimulus s : explain.exposure().design().stimuli()) {
            assertEquals(run.first().head().read(s).probabilityN1(), explain.head().read(s).probabilityN1(), 0.0,
                    s.toString());
            checked++;
        }
        assertTrue(checked > 5, "checked " + checked);
    }
}
