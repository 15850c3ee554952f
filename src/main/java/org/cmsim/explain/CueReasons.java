package org.cmsim.explain;

import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.AgreementCue;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;

/** Why a cue points where it does, in words a student can check against the sentence. */
final class CueReasons {

    private CueReasons() {
    }

    static String reason(Cue cue, int direction, FeatureReader.Reading reading) {
        if (cue instanceof ContrastCue c) {
            return contrast(c, direction, reading);
        }
        if (cue instanceof AgreementCue a) {
            return agreement(a, direction, reading);
        }
        return "word order " + reading.stimulus().order();
    }

    private static String contrast(ContrastCue cue, int direction, FeatureReader.Reading reading) {
        String f = cue.featureName();
        String first = describe(reading.n1(), f);
        String second = describe(reading.n2(), f);
        String marks = cue.marks() == org.cmsim.model.ContrastCue.Marks.AGENT ? cue.favouredValue() + " marks the agent"
                : cue.favouredValue() + " marks the patient";
        String verdict = switch (direction) {
            case 1 -> cue.name() + " points to n1 (" + marks + ")";
            case -1 -> cue.name() + " points to n2 (" + marks + ")";
            default -> reading.n1().values().get(f) == null || reading.n2().values().get(f) == null
                    ? cue.name() + " is absent: a noun's " + f + " is unknown"
                    : cue.name() + " is neutral: neither noun alone is " + cue.favouredValue();
        };
        return first + ", " + second + " -> " + verdict;
    }

    private static String agreement(AgreementCue cue, int direction, FeatureReader.Reading reading) {
        List<String> verb = new ArrayList<>();
        for (String f : cue.featureNames()) {
            String v = reading.v().values().get(f);
            if (v != null) {
                verb.add(f + " " + v);
            }
        }
        if (verb.isEmpty()) {
            return "'" + reading.v().word() + "' marks no " + String.join(" or ", cue.featureNames())
                    + " -> agreement is absent";
        }
        String nouns = nounFeatures(reading.n1(), cue) + "; " + nounFeatures(reading.n2(), cue);
        String verdict = switch (direction) {
            case 1 -> "only n1 agrees: " + cue.name() + " points to n1";
            case -1 -> "only n2 agrees: " + cue.name() + " points to n2";
            default -> "no single noun agrees and the other not: " + cue.name() + " is absent";
        };
        return "'" + reading.v().word() + "' is " + String.join(", ", verb) + "; " + nouns + " -> " + verdict;
    }

    private static String nounFeatures(FeatureReader.SlotReading noun, AgreementCue cue) {
        List<String> parts = new ArrayList<>();
        for (String f : cue.featureNames()) {
            String v = noun.values().get(f);
            parts.add(f + " " + (v == null ? "unknown" : v));
        }
        return "'" + noun.word() + "' " + String.join(", ", parts);
    }

    private static String describe(FeatureReader.SlotReading noun, String feature) {
        String v = noun.values().get(feature);
        return "'" + noun.word() + "' " + (v == null ? feature + " unknown" : v);
    }
}
