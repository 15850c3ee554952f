package org.cmsim.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.CueRanks;
import org.cmsim.compare.RelationVerdicts;

/**
 * The order of cues across replicates, per language: for the Competition Model over its bootstrap
 * refits, for the attention heads over the seeds (the heads whose mean and range the tables show)
 * and over the seeds x resamples behind the heads' verdicts ({@link CueRanks}).
 */
public final class CueOrderings {

    /** What the replicates are. */
    public enum Basis {
        /** The multiplicative rule refitted to bootstrap resamples of the corpus. */
        BOOTSTRAP("bootstrap"),
        /** The heads of the different seeds, trained on the corpus itself. */
        SEEDS("seeds"),
        /** Each head refitted to resamples of the corpus: the replicates behind the heads' verdicts. */
        SEEDS_X_BOOTSTRAP("seeds x bootstrap");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One model's ranks over one kind of replicate. */
    public record Distribution(String language, RelationVerdicts.Model model, Basis basis, CueRanks.Result ranks) {
    }

    private CueOrderings() {
    }

    public static List<Distribution> of(LanguageOutcome outcome) {
        return of(outcome.study(), outcome.corpus());
    }

    /** The rule's bootstrap ranks, the seeds' ranks, and the seeds x resamples' ranks when there are resamples. */
    static List<Distribution> of(LanguageStudy.Result study, Comparison.Result corpus) {
        String language = study.config().name();
        List<RelationVerdicts.CueParameter> rule = RelationVerdicts.cueParameters(corpus.cues(),
                study.config().cues(), RelationVerdicts.Model.COMPETITION);
        List<RelationVerdicts.CueParameter> heads = RelationVerdicts.cueParameters(corpus.cues(),
                study.config().cues(), RelationVerdicts.Model.ATTENTION);
        List<Distribution> result = new ArrayList<>();
        result.add(new Distribution(language, RelationVerdicts.Model.COMPETITION, Basis.BOOTSTRAP,
                CueRanks.of(rule, FindingVerdicts.withOrderEffect(FindingVerdicts.competitionReplicates(study),
                        corpus.cues()))));
        result.add(new Distribution(language, RelationVerdicts.Model.ATTENTION, Basis.SEEDS,
                CueRanks.of(heads, FindingVerdicts.withOrderEffect(seedReplicates(study), corpus.cues()))));
        if (study.heads().replicates().resamples() > 0) {
            result.add(new Distribution(language, RelationVerdicts.Model.ATTENTION, Basis.SEEDS_X_BOOTSTRAP,
                    CueRanks.of(heads, FindingVerdicts.withOrderEffect(FindingVerdicts.attentionReplicates(study),
                            corpus.cues()))));
        }
        return result;
    }

    /** The heads of the different seeds, as they were trained on the corpus. */
    static List<Map<String, Double>> seedReplicates(LanguageStudy.Result study) {
        List<Map<String, Double>> replicates = new ArrayList<>();
        for (AttentionStudy.Result head : study.heads().ensemble().heads()) {
            Map<String, Double> values = new LinkedHashMap<>();
            head.contributions().forEach(c -> values.put(c.parameter(), c.ablation()));
            replicates.add(values);
        }
        return replicates;
    }
}
