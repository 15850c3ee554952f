package org.cmsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Subject-verb agreement on one or more verb features (e.g. number, person). The verb marks a feature
 * when its form allows one value or a set of them. A noun can agree when, on every listed feature the
 * verb marks, the noun is known and shares a value with the verb; it cannot agree when on at least one
 * of them it is known and shares none (German "lieben" is number pl, person 1|3: "wir", 1 pl, can agree,
 * "der Hund", 3 sg, cannot). The cue points to n1 when n1 can agree and n2 cannot, to n2 the other way
 * round, and is absent otherwise (including when the verb marks nothing). For single values, sharing a
 * value is having the verb's value.
 */
public record AgreementCue(String name, int[] features, List<String> featureNames) implements Cue {

    /** The config's {@code kind} of this cue. */
    public static final String KIND = "agreement";

    public AgreementCue {
        Objects.requireNonNull(name, "name");
        features = features.clone();
        featureNames = List.copyOf(featureNames);
        if (features.length == 0) {
            throw new IllegalArgumentException("agreement cue " + name + " lists no features");
        }
    }

    @Override
    public int direction(Stimulus stimulus) {
        FeatureValues verb = stimulus.v();
        boolean marked = false;
        for (int feature : features) {
            marked |= verb.isKnown(feature);
        }
        if (!marked) {
            return 0;
        }
        if (canAgree(stimulus.n1(), verb) && cannotAgree(stimulus.n2(), verb)) {
            return +1;
        }
        if (canAgree(stimulus.n2(), verb) && cannotAgree(stimulus.n1(), verb)) {
            return -1;
        }
        return 0;
    }

    /** On every listed feature the verb marks, the noun is known and shares a value with the verb. */
    private boolean canAgree(FeatureValues noun, FeatureValues verb) {
        for (int feature : features) {
            if (verb.isKnown(feature) && (noun.allowed(feature) & verb.allowed(feature)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** On some listed feature the verb marks, the noun is known and shares no value with the verb. */
    private boolean cannotAgree(FeatureValues noun, FeatureValues verb) {
        for (int feature : features) {
            if (verb.isKnown(feature) && noun.isKnown(feature)
                    && (noun.allowed(feature) & verb.allowed(feature)) == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int[] features() {
        return features.clone();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean perOrderLevel() {
        return false;
    }

    @Override
    public AgreementCue resolvedOn(SentenceCorpus corpus) {
        return this;
    }

    /** The listed features, as listed (on the verb and on both nouns). */
    @Override
    public List<Integer> featuresRead() {
        return Arrays.stream(features).boxed().toList();
    }

    /**
     * Each feature on the verb and on both nouns: without one noun's column every sentence would look as if that
     * noun never agreed, and the cue would be silently weaker or absent.
     */
    @Override
    public List<List<String>> requiredColumns() {
        List<List<String>> columns = new ArrayList<>();
        for (String feature : featureNames) {
            columns.add(List.of("v." + feature));
            columns.add(List.of("n1." + feature));
            columns.add(List.of("n2." + feature));
        }
        return columns;
    }

    /** The features unknown on the verb: nothing is marked, so nothing can agree. */
    @Override
    public Stimulus withInformationUnknown(Stimulus stimulus) {
        FeatureValues verb = stimulus.v();
        for (int feature : features) {
            verb = verb.with(feature, FeatureValues.UNKNOWN);
        }
        return stimulus.withSlot(Slot.V, verb);
    }

    /** What the verb marks, each noun's values, then which noun agrees ("'kicks' is number sg; ..."). */
    @Override
    public String reason(int direction, SentenceWords words) {
        List<String> verb = new ArrayList<>();
        for (String feature : featureNames) {
            String value = words.v().values().get(feature);
            if (value != null) {
                verb.add(feature + " " + value);
            }
        }
        if (verb.isEmpty()) {
            return "'" + words.v().form() + "' marks no " + String.join(" or ", featureNames)
                    + " -> agreement is absent";
        }
        String nouns = nounValues(words.n1()) + "; " + nounValues(words.n2());
        String verdict = switch (direction) {
            case 1 -> "only n1 agrees: " + name + " points to n1";
            case -1 -> "only n2 agrees: " + name + " points to n2";
            default -> "no single noun agrees and the other not: " + name + " is absent";
        };
        return "'" + words.v().form() + "' is " + String.join(", ", verb) + "; " + nouns + " -> " + verdict;
    }

    private String nounValues(SentenceWords.Word noun) {
        List<String> parts = new ArrayList<>();
        for (String feature : featureNames) {
            String value = noun.values().get(feature);
            parts.add(feature + " " + (value == null ? "unknown" : value));
        }
        return "'" + noun.form() + "' " + String.join(", ", parts);
    }

    @Override
    public Map<String, Object> configEntry() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.put("kind", KIND);
        entry.put("features", featureNames);
        return entry;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementCue that && name.equals(that.name) && Arrays.equals(features, that.features);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(features);
    }

    /** An agreement cue's entry: {@code "features": ["number", "person"]}, the verb features it compares. */
    public static AgreementCue fromEntry(CueEntry entry, FeatureSpace space) {
        String name = entry.optional("name").orElse(KIND);
        List<String> listed = entry.list("features");
        if (listed.isEmpty()) {
            throw new CueEntry.Invalid("features", -1, "lists no features");
        }
        int[] features = new int[listed.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < features.length; i++) {
            features[i] = space.indexOf(listed.get(i));
            if (features[i] < 0) {
                throw new CueEntry.Invalid("features", i, "'" + listed.get(i) + "' is not a declared feature");
            }
            names.add(space.feature(features[i]).name());
        }
        return new AgreementCue(name, features, names);
    }
}
