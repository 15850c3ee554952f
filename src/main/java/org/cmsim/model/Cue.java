package org.cmsim.model;

import java.util.List;
import java.util.Map;

/**
 * A cue to agency in the sense of the Competition Model (Bates &amp; MacWhinney 1982, 1989): a property
 * of the sentence that points to one noun as the agent.
 *
 * <p>{@link #direction} is the cue's reading of a sentence: +1 favours n1, -1 favours n2, 0 means
 * the cue is neutral or absent. Availability, reliability and both validities are defined on it
 * (see {@code org.cmsim.validity.CueValidity}), and the multiplicative rule multiplies it by the
 * cue's strength.
 *
 * <p>The interface is sealed and every question a caller may ask about a cue is one of its abstract
 * methods, so that the compiler checks that a new kind of cue answers them all. A new kind is one
 * class here, named in {@code permits}, and one entry in {@link CueKind#ALL} (how a config declares it,
 * read by the config reader and by the playground alike).
 */
public sealed interface Cue permits OrderCue, ContrastCue, AgreementCue, PassiveCue {

    /** The cue's name as it appears in outputs (strengths.csv, validity.csv). */
    String name();

    /** +1 when the cue points to n1, -1 when it points to n2, 0 when it is neutral or absent. */
    int direction(Stimulus stimulus);

    /**
     * Whether the present cues of a sentence conflict: some cue points to n1 and another to n2 (the sense of
     * conflict validity, and of the conflict sentences of agent-identification and reaction-time studies,
     * MacWhinney, Bates &amp; Kliegl 1984). A sentence with one cue or none, or whose cues all point one way,
     * converges.
     */
    static boolean inConflict(List<Cue> cues, Stimulus stimulus) {
        boolean pointsToN1 = false;
        boolean pointsToN2 = false;
        for (Cue cue : cues) {
            int direction = cue.direction(stimulus);
            pointsToN1 |= direction > 0;
            pointsToN2 |= direction < 0;
        }
        return pointsToN1 && pointsToN2;
    }

    /** The config's name for the cue's kind ({@code "kind"} in a config: order, contrast, agreement). */
    String kind();

    /**
     * True when the cue's strength is one parameter per order level ({@code order=NVN}, ...) rather
     * than one of its own: word order, to which the rules give each level its own weight (McDonald
     * &amp; MacWhinney 1989). Such a cue is no column of a design, no term of its own and no event cue.
     */
    boolean perOrderLevel();

    /**
     * This cue ready to read the sentences of {@code corpus}: the order cue takes its levels'
     * directions from the corpus ({@link OrderCue#withMajorityDirections}); a cue that reads features
     * is itself.
     */
    Cue resolvedOn(SentenceCorpus corpus);

    /**
     * The declared features (indices into the {@link FeatureSpace}) the cue reads on any of the three
     * words, in the order it reads them: the features a control that sees only the cues' features keeps,
     * and whose terms make up the cue's share of the attention head's score split.
     */
    List<Integer> featuresRead();

    /**
     * The corpus columns the cue cannot do without: each inner list names alternatives, at least one
     * of which the corpus must have ({@code [["n1.animacy"], ["n2.animacy"]]} needs both). A cue whose
     * columns are missing would be absent everywhere, which is almost always a mistake.
     */
    List<List<String>> requiredColumns();

    /**
     * The sentence with the cue's information set to unknown, for the attention head's ablation (a
     * contrast cue's feature on both nouns, an agreement cue's features on the verb). Word order
     * cannot be unknown: its contribution is read per order level instead.
     */
    Stimulus withInformationUnknown(Stimulus stimulus);

    /** Why the cue points in {@code direction} in a sentence, in words a student can check against it. */
    String reason(int direction, SentenceWords words);

    /** The cue's entry in a config, as a config file writes it: {@code name}, {@code kind} and its own fields. */
    Map<String, Object> configEntry();
}
