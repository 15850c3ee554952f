package org.cmsim.model;

/**
 * A cue to agency in the sense of the Competition Model (Bates &amp; MacWhinney 1982, 1989): a property
 * of the sentence that points to one noun as the agent.
 *
 * <p>{@link #direction} is the cue's reading of a sentence: +1 favours n1, -1 favours n2, 0 means
 * the cue is neutral or absent. Availability, reliability and both validities are defined on it
 * (see {@code org.cmsim.validity.CueValidity}), and the multiplicative rule multiplies it by the
 * cue's strength.
 */
public sealed interface Cue permits OrderCue, ContrastCue, AgreementCue {

    /** The cue's name as it appears in outputs (strengths.csv, validity.csv). */
    String name();

    /** +1 when the cue points to n1, -1 when it points to n2, 0 when it is neutral or absent. */
    int direction(Stimulus stimulus);

    /** The config's name for the cue's kind: {@code order}, {@code contrast} or {@code agreement}. */
    String kind();
}
