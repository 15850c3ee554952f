package org.cmsim.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.competition.ProfileLikelihood;
import org.cmsim.competition.RuleFit;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.cmsim.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The rule read through the comparison's interface gives back exactly its fit: weights, intervals, P(n1). */
class FittedListenerTest {

    @Test
    void theRuleIsReadAsItsWeightsIntervalsAndPredictions() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        RuleFit fit = new MultiplicativeRule().fit(golden.design(), golden.counts());
        List<ProfileLikelihood.Interval> intervals = ProfileLikelihood.of(golden.design(), golden.counts(), fit);
        FittedListener rule = FittedListener.of(fit, intervals, golden.design());
        for (int j = 0; j < fit.parameters().size(); j++) {
            FittedListener.Reading reading = rule.parameter(fit.parameters().get(j));
            assertEquals(fit.estimates()[j], reading.value(), 0);
            assertEquals(intervals.get(j).low(), reading.low(), 0);
            assertEquals(intervals.get(j).high(), reading.high(), 0);
            assertTrue(reading.low() < reading.value() && reading.value() < reading.high());
        }
        for (int i = 0; i < golden.design().rows(); i++) {
            assertEquals(fit.predicted()[i], rule.probabilityN1(golden.design().stimuli().get(i)), 0);
        }
        assertTrue(Double.isNaN(rule.parameter("no such cue").value()));
    }

    @Test
    void aSentenceTheRuleWasNotFittedOnIsAnError() throws Exception {
        Fixtures.ModelInput golden = Fixtures.golden();
        RuleFit fit = new MultiplicativeRule().fit(golden.design(), golden.counts());
        FittedListener rule = FittedListener.of(fit, ProfileLikelihood.of(golden.design(), golden.counts(), fit),
                golden.design());
        Stimulus unseen = new Stimulus(Order.NVN, FeatureValues.unknown(9), FeatureValues.unknown(9),
                FeatureValues.unknown(9));
        assertThrows(IllegalArgumentException.class, () -> rule.probabilityN1(unseen));
    }

    @Test
    void theHeadsAreReadAsTheirMeanContributionsRangesAndMeanPredictions() throws Exception {
        org.cmsim.model.LanguageConfig config = org.cmsim.input.ConfigReader.readLanguage(
                java.nio.file.Path.of("configs/illustrative.json"));
        org.cmsim.attention.Examples examples = org.cmsim.attention.AttentionStudy.examples(
                org.cmsim.input.CorpusReader.read(config.corpus(), config.features()), config.cues());
        org.cmsim.attention.HeadEnsemble.Result heads = org.cmsim.attention.HeadEnsemble.fit(examples, config.cues(),
                config.attention().withEpochs(5), 1, new org.cmsim.attention.HeadEnsemble.Plan(2, List.of(1e-3), 2), 2);
        FittedListener listener = FittedListener.of(heads);
        for (org.cmsim.attention.HeadEnsemble.Summary summary : heads.contributions()) {
            FittedListener.Reading reading = listener.parameter(summary.parameter());
            assertEquals(summary.mean(), reading.value(), 0, summary.parameter());
            assertEquals(summary.low(), reading.low(), 0, summary.parameter());
            assertEquals(summary.high(), reading.high(), 0, summary.parameter());
        }
        Stimulus first = examples.stimuli().get(0);
        assertEquals(heads.probabilityN1(first), listener.probabilityN1(first), 0);
        assertTrue(listener.probabilityN1(first) > 0 && listener.probabilityN1(first) < 1);
        assertTrue(Double.isNaN(listener.parameter("no such cue").low()));
    }
}
