package org.cmsim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.model.PublishedFinding;

/**
 * Sets a fitted cue ordering beside a published one. Strengths are compared by absolute size at the
 * level of the config's cues (word order as one cue: the token-weighted mean size of its levels,
 * {@link Comparison#cueLevel}). Every published relation "a is stronger than b" between cues the
 * corpus measures is checked: <b>match</b> when all hold, <b>partial</b> when some do, <b>mismatch</b>
 * when none does, and <b>not comparable</b> when no relation is left; cues the corpus cannot measure
 * are named in the verdict. Nothing is tuned to match.
 */
public final class PublishedComparison {

    /** The fitted ordering of the finding's cues and the verdict. */
    public record Verdict(String ordering, String verdict) {
    }

    private PublishedComparison() {
    }

    public static Verdict of(PublishedFinding finding, Map<String, Double> strengths) {
        List<String> unmeasured = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : groups(finding, strengths)) {
            List<String> measured = new ArrayList<>();
            for (String cue : group) {
                Double value = strengths.get(cue);
                if (value == null || !Double.isFinite(value)) {
                    unmeasured.add(cue);
                } else {
                    measured.add(cue);
                }
            }
            if (!measured.isEmpty()) {
                groups.add(measured);
            }
        }
        List<String> cues = groups.stream().flatMap(List::stream).toList();
        String missing = unmeasured.isEmpty() ? "" : " (" + String.join(", ", unmeasured) + " not measured in this corpus)";
        int relations = 0;
        int held = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                for (String stronger : groups.get(i)) {
                    for (String weaker : groups.get(j)) {
                        relations++;
                        held += Math.abs(strengths.get(stronger)) > Math.abs(strengths.get(weaker)) ? 1 : 0;
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>(cues);
        ordered.sort((a, b) -> Double.compare(Math.abs(strengths.get(b)), Math.abs(strengths.get(a))));
        List<String> described = ordered.stream()
                .map(cue -> String.format(Locale.ROOT, "%s %.2f", cue, Math.abs(strengths.get(cue)))).toList();
        String verdict = relations == 0 ? "not comparable" + missing
                : (held == relations ? "match"
                : held > 0 ? String.format(Locale.ROOT, "partial (%d of %d relations hold)", held, relations)
                : "mismatch") + missing;
        return new Verdict(String.join(" > ", described), verdict);
    }

    /** The published ordering as groups; "strongest X" is X above every other cue measured. */
    private static List<List<String>> groups(PublishedFinding finding, Map<String, Double> strengths) {
        if (finding.strongest().isEmpty()) {
            return finding.ordering();
        }
        String top = finding.strongest().get();
        List<String> others = strengths.keySet().stream()
                .filter(cue -> !cue.equals(top) && Double.isFinite(strengths.get(cue))).toList();
        return List.of(List.of(top), others);
    }
}
