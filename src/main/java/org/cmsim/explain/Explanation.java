package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.competition.RuleReader;
import org.cmsim.competition.RuleReading;

/**
 * How each listener reads one sentence, term by term (the equations in {@link Listeners}), with the
 * sentence's parse and reading and, per cue, why it points where it does: every choice rule's reading,
 * in the order of {@link org.cmsim.competition.Rules#ALL}, then the attention head's. An order level the
 * corpus never has has no parameter: its term is 0 and {@code orderNote} says so.
 */
public record Explanation(String sentence, String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                          List<CueReading> cues, List<RuleVerdict> rules, Attention attention, String orderNote,
                          String source) {

    public Explanation {
        cues = List.copyOf(cues);
        rules = List.copyOf(rules);
    }

    /** A cue's direction (+1 n1, -1 n2, 0 neither) and why. */
    public record CueReading(String cue, int direction, String reason) {
    }

    /** One rule's reading of the sentence, by the rule's name and reader. */
    public record RuleVerdict(String rule, RuleReader reader, RuleReading reading) {
    }

    /** The head's attention to each noun, its logit and P(n1). */
    public record Attention(double weightN1, double weightN2, double logit, double pN1) {
    }

    /** The reading of the rule named {@code rule}. */
    public RuleReading rule(String rule) {
        for (RuleVerdict verdict : rules) {
            if (verdict.rule().equals(rule)) {
                return verdict.reading();
            }
        }
        throw new IllegalArgumentException("no rule " + rule + " in this explanation");
    }

    public static Explanation of(String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                                 ListenerModels models) {
        return of(language, clause, reading, models.listeners(), models.source());
    }

    /** The listeners' verdicts on the sentence's stimulus ({@link Listeners#read}), each cue with its reason. */
    public static Explanation of(String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                                 Listeners listeners, String source) {
        Listeners.Verdicts verdicts = listeners.read(reading.stimulus());
        List<CueReading> cues = new ArrayList<>();
        for (Listeners.Direction d : verdicts.directions()) {
            cues.add(new CueReading(d.cue().name(), d.direction(), CueReasons.reason(d.cue(), d.direction(), reading)));
        }
        return new Explanation(clause.sentence(), language, clause, reading, cues, verdicts.rules(),
                verdicts.attention(), verdicts.orderNote(), source);
    }
}
