package org.cmsim.competition;

import java.util.List;
import java.util.Map;

/**
 * A choice rule's reading of one sentence ({@link RuleReader#read}): P(n1) and how the rule got there,
 * either as terms that add up or as the decision of one cue. {@code cmsim explain} and the playground
 * show it; each form is written out one way, whichever rule it comes from.
 */
public sealed interface RuleReading permits RuleReading.Terms, RuleReading.Decision {

    /** P(n1 is the agent). */
    double pN1();

    /** Each parameter's term (log-odds or probability), their sum, and P(n1). */
    record Terms(Map<String, Double> terms, double sum, double pN1) implements RuleReading {
    }

    /** Which parameter decided (the first present cue of the ranking, else the order level), pointing where, with which lapse. */
    record Decision(List<String> ranking, String deciding, int direction, double lapse, double pN1)
            implements RuleReading {
    }
}
