package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each listener reads one sentence, term by term (the equations in {@link Listeners}), with the
 * sentence's parse and reading and, per cue, why it points where it does. An order level the corpus
 * never has has no parameter: its term is 0 and {@code orderNote} says so.
 */
public record Explanation(String sentence, String language, SentenceParser.Clause clause, FeatureReader.Reading reading,
                          List<CueReading> cues, Terms multiplicative, Terms additive, Decision hierarchy,
                          Attention attention, String orderNote, String source) {

    /** A cue's direction (+1 n1, -1 n2, 0 neither) and why. */
    public record CueReading(String cue, int direction, String reason) {
    }

    /** Each parameter's term, their sum, and P(n1). */
    public record Terms(Map<String, Double> terms, double sum, double pN1) {
    }

    /** The hierarchy rule's decision: which parameter decided, pointing where, with which lapse. */
    public record Decision(List<String> ranking, String deciding, int direction, double lapse, double pN1) {
    }

    /** The head's attention to each noun, its logit and P(n1). */
    public record Attention(double weightN1, double weightN2, double logit, double pN1) {
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
        return new Explanation(clause.sentence(), language, clause, reading, cues, verdicts.multiplicative(),
                verdicts.additive(), verdicts.hierarchy(), verdicts.attention(), verdicts.orderNote(), source);
    }
}
