package org.cmsim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.attention.HeadBootstrap;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.competition.EarlyLearning;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.competition.RuleFit;
import org.cmsim.input.ConfigReader;
import org.cmsim.input.CueColumns;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.PublishedFinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Verdicts on the illustrative corpus, counted again by hand from the replicates: the rule's over its
 * bootstrap refits, the heads' over seeds x resamples.
 */
class FindingVerdictsTest {

    private static final int SEEDS = 3;
    private static final int RESAMPLES = 2;
    private static final int BOOTSTRAP = 40;
    private static LanguageOutcome outcome;

    @BeforeAll
    static void study() throws Exception {
        LanguageConfig config = ConfigReader.readLanguage(Path.of("configs/illustrative.json"));
        StudyOptions options = StudyOptions.defaults().withSeeds(SEEDS).withHeadResamples(RESAMPLES)
                .withBootstrap(BOOTSTRAP);
        outcome = LanguageOutcome.of(LanguageStudy.run(config, CueColumns.readCorpus(config), Optional.empty(), 2,
                (language, stage, seconds) -> { }, options));
    }

    private static FindingVerdicts.Finding verdict(String stronger, String weaker) {
        PublishedFinding finding = new PublishedFinding("illustrative", "adults", "", "",
                List.of(List.of(stronger), List.of(weaker)), Optional.empty());
        return FindingVerdicts.of(List.of(outcome), List.of(finding)).get(0);
    }

    @Test
    void theHeadsShareIsCountedOverSeedsTimesResamples() {
        List<HeadBootstrap.Replicate> replicates = outcome.study().heads().replicates().replicates();
        assertEquals(SEEDS * RESAMPLES, replicates.size());
        int holds = 0;
        for (HeadBootstrap.Replicate r : replicates) {
            holds += Math.abs(r.contributions().get("order=NVN")) > Math.abs(r.contributions().get("animacy")) ? 1 : 0;
        }
        RelationVerdicts.Relation relation = verdict("order", "animacy").attentionRelations().get(0);
        assertEquals(SEEDS * RESAMPLES, relation.replicates());
        assertEquals((double) holds / replicates.size(), relation.share(), 0);
        String expected = holds >= 0.95 * replicates.size() ? "holds"
                : replicates.size() - holds >= 0.95 * replicates.size() ? "fails" : "undecided";
        assertEquals(expected, relation.verdict());
    }

    @Test
    void theRulesShareIsCountedOverItsBootstrapRefits() {
        List<RuleFit> refits = outcome.study().analysis().bootstrap();
        assertEquals(BOOTSTRAP, refits.size());
        int animacy = refits.get(0).parameters().indexOf("animacy");
        int agreement = refits.get(0).parameters().indexOf("agreement");
        int holds = 0;
        int reverse = 0;
        int separated = 0;
        for (RuleFit fit : refits) {
            // A parameter a resample separates is unbounded there: larger than any finite one.
            double a = size(fit, animacy);
            double b = size(fit, agreement);
            separated += Double.isInfinite(a) || Double.isInfinite(b) ? 1 : 0;
            holds += a > b ? 1 : 0;
            reverse += b > a ? 1 : 0;
        }
        RelationVerdicts.Relation relation = verdict("animacy", "agreement").competitionRelations().get(0);
        assertEquals(BOOTSTRAP, relation.replicates());
        assertEquals((double) holds / BOOTSTRAP, relation.share(), 0);
        assertEquals((double) reverse / BOOTSTRAP, relation.reverseShare(), 0);
        assertTrue(separated > 0 && holds > 0 && holds < BOOTSTRAP, "a resample of 124 tokens separates a cue now and then: "
                + separated + " of " + BOOTSTRAP + "; holds " + holds + ", reverse " + reverse);
    }

    private static double size(RuleFit fit, int j) {
        return fit.estimability().get(j) == ParameterStatus.SEPARATED ? Double.POSITIVE_INFINITY
                : Math.abs(fit.estimates()[j]);
    }

    @Test
    void aFindingAboutChildrenIsSetAgainstEarlyLearningWithItsBasisNamed() {
        PublishedFinding children = new PublishedFinding("illustrative", "children", "", "",
                List.of(List.of("order"), List.of("animacy")), Optional.empty());
        FindingVerdicts.Finding row = FindingVerdicts.of(List.of(outcome), List.of(children)).get(0);
        // Not against the asymptote of what is here adult text ...
        assertEquals("context only", row.competitionVerdict());
        assertEquals("context only", row.attentionVerdict());
        // ... but against the learner early on it, over as many learning orders as the rule's refits.
        FindingVerdicts.EarlyVerdict early = row.early().orElseThrow();
        assertTrue(early.basis().contains("on the illustrative corpus (adult text"), early.basis());
        EarlyLearning.Result learner = outcome.study().learning().early();
        assertEquals(BOOTSTRAP, learner.orders());
        int order = learner.parameters().indexOf("order=NVN");
        int animacy = learner.parameters().indexOf("animacy");
        int holds = 0;
        for (int r = 0; r < learner.orders(); r++) {
            holds += Math.abs(learner.weights(r)[order]) > Math.abs(learner.weights(r)[animacy]) ? 1 : 0;
        }
        RelationVerdicts.Relation relation = early.relations().get(0);
        assertEquals(BOOTSTRAP, relation.replicates());
        assertEquals((double) holds / BOOTSTRAP, relation.share(), 0);
        assertTrue(early.verdict().startsWith(relation.verdict()), early.verdict());

        // Each compared cue was presented at least 20 times by the early point (the median over the orders);
        // agreement, in fewer tokens, was not, so a relation with it is not measured and the basis says why.
        assertEquals(35, learner.point().step());
        assertEquals(List.of(30.0, 20.5, 16.0), List.of(learner.presented("order=NVN"), learner.presented("animacy"),
                learner.presented("agreement")));
        PublishedFinding withAgreement = new PublishedFinding("illustrative", "children", "", "",
                List.of(List.of("order"), List.of("agreement")), Optional.empty());
        FindingVerdicts.EarlyVerdict unseen = FindingVerdicts.of(List.of(outcome), List.of(withAgreement)).get(0)
                .early().orElseThrow();
        assertEquals("not measured", unseen.verdict().split(":")[0]);
        assertEquals("not measured", unseen.relations().get(0).verdict());
        assertTrue(unseen.basis().endsWith("not measured, presented fewer than 20 times by then (median over the"
                + " learning orders): agreement (16)"), unseen.basis());
        // A finding about adults has no early-learning verdict; one about children naming a corpus uses it.
        PublishedFinding adults = new PublishedFinding("illustrative", "adults", "", "",
                List.of(List.of("order"), List.of("animacy")), Optional.empty());
        assertTrue(FindingVerdicts.of(List.of(outcome), List.of(adults)).get(0).early().isEmpty());
        PublishedFinding named = new PublishedFinding("english", "children", "", "",
                List.of(List.of("order"), List.of("animacy")), Optional.empty(), Optional.of("illustrative"));
        assertTrue(FindingVerdicts.of(List.of(outcome), List.of(named)).get(0).early().orElseThrow().basis()
                .contains("on the illustrative corpus (child-directed)"));
    }

    @Test
    void cueOrderingsCoverTheRuleTheSeedsAndTheSeedsTimesResamples() {
        List<CueOrderings.Distribution> distributions = CueOrderings.of(outcome);
        assertEquals(List.of(CueOrderings.Basis.BOOTSTRAP, CueOrderings.Basis.SEEDS,
                CueOrderings.Basis.SEEDS_X_BOOTSTRAP), distributions.stream().map(CueOrderings.Distribution::basis).toList());
        assertEquals(List.of(BOOTSTRAP, SEEDS, SEEDS * RESAMPLES),
                distributions.stream().map(d -> d.ranks().replicates()).toList());
        for (CueOrderings.Distribution d : distributions) {
            double total = d.ranks().orderings().stream().mapToDouble(o -> o.share()).sum();
            assertEquals(1, total, 1e-12, d.basis().label());
        }
        // The seeds' ranks, counted again: order=NVN is first where it is the largest of the three sizes.
        int first = 0;
        for (Map<String, Double> head : CueOrderings.seedReplicates(outcome.study())) {
            double order = Math.abs(head.get("order=NVN"));
            first += order > Math.abs(head.get("animacy")) && order > Math.abs(head.get("agreement")) ? 1 : 0;
        }
        assertEquals((double) first / SEEDS, distributions.get(1).ranks().ranks().get(0).shareFirst(), 0);
    }
}
