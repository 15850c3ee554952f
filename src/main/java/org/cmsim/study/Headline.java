package org.cmsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.Correlations;
import org.cmsim.compare.CueRanks;
import org.cmsim.compare.ModelAgreement;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.compare.StrengthOrdering;
import org.cmsim.competition.ParameterStatus;

/**
 * What the run answers for one language and kind of data: each model's ordering of the cues (in
 * {@link StrengthOrdering}'s one order) with the share of its replicates that order them so, how often the two
 * models order pairs of cues alike and agree on the strongest ({@link ModelAgreement}), and the correlation of
 * their parameters with its interval. On choices the rule has no replicates: orderings and the correlation only.
 */
public record Headline(String language, String data, StrengthOrdering.Result competition, double competitionShare,
                       StrengthOrdering.Result attention, double attentionShare, Correlations correlations,
                       Optional<ModelAgreement.Result> agreement) {

    /** The headline of each comparison of the outcome: corpus, then choices. */
    public static List<Headline> of(LanguageStudy.Result study, Comparison.Result corpus,
                                    Optional<Comparison.Result> choices) {
        String language = study.config().name();
        List<Headline> headlines = new ArrayList<>();
        List<CueOrderings.Distribution> distributions = CueOrderings.of(study, corpus);
        CueRanks.Result rule = distributions.get(0).ranks();
        CueRanks.Result heads = distributions.get(distributions.size() - 1).ranks();
        List<Map<String, Double>> headReplicates = FindingVerdicts.withOrderEffect(
                study.heads().replicates().resamples() > 0 ? FindingVerdicts.attentionReplicates(study)
                        : CueOrderings.seedReplicates(study), corpus.cues());
        List<String> measured = corpus.cues().stream().filter(r -> r.status() == ParameterStatus.MEASURED)
                .map(Comparison.CueRow::parameter).toList();
        ModelAgreement.Result agreement = ModelAgreement.of(
                RelationVerdicts.cueParameters(corpus.cues(), study.config().cues(), RelationVerdicts.Model.COMPETITION),
                RelationVerdicts.cueParameters(corpus.cues(), study.config().cues(), RelationVerdicts.Model.ATTENTION),
                FindingVerdicts.withOrderEffect(FindingVerdicts.competitionReplicates(study), corpus.cues()),
                headReplicates, measured);
        headlines.add(new Headline(language, corpus.data(), corpus.competitionOrder(),
                share(rule, corpus.competitionOrder()), corpus.attentionOrder(), share(heads, corpus.attentionOrder()),
                corpus.correlations(), Optional.of(agreement)));
        choices.ifPresent(c -> headlines.add(new Headline(language, c.data(), c.competitionOrder(), Double.NaN,
                c.attentionOrder(), Double.NaN, c.correlations(), Optional.empty())));
        return headlines;
    }

    /** The share of ranked replicates whose ordering is {@code ordering}; NaN when none was ranked. */
    static double share(CueRanks.Result ranks, StrengthOrdering.Result ordering) {
        if (ranks.ranked() == 0) {
            return Double.NaN;
        }
        String text = ordering.describe();
        return ranks.orderings().stream().filter(o -> o.ordering().equals(text)).mapToDouble(CueRanks.Ordering::share)
                .findFirst().orElse(0);
    }
}
