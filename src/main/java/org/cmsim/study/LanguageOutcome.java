package org.cmsim.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cmsim.compare.Comparison;

/** One language's study and its comparisons: on the corpus, and on choices when the language has them. */
public record LanguageOutcome(LanguageStudy.Result study, Comparison.Result corpus, Optional<Comparison.Result> choices,
                              List<Headline> headlines) {

    /** Compares the two models on every kind of data the study has. */
    public static LanguageOutcome of(LanguageStudy.Result study) {
        double support = study.options().minimumSupport();
        Comparison.Result onCorpus = Comparison.onCorpus(study.language(), study.analysis().exposureFit(),
                study.analysis().intervals(), study.heads().ensemble(), support);
        Optional<Comparison.Result> onChoices = study.choices().map(choices -> Comparison.onChoices(study.language(),
                choices.rules(), choices.heads(), support));
        return new LanguageOutcome(study, onCorpus, onChoices, Headline.of(study, onCorpus, onChoices));
    }

    /** The comparisons in order: corpus, then choices. */
    public List<Comparison.Result> comparisons() {
        List<Comparison.Result> results = new ArrayList<>(List.of(corpus));
        choices.ifPresent(results::add);
        return results;
    }
}
