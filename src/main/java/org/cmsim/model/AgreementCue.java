package org.cmsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Subject-verb agreement on one or more verb features (e.g. number, person). A noun agrees when it
 * matches the verb on every listed feature the verb marks; it disagrees when it has a known,
 * different value on at least one of them. The cue points to n1 when n1 agrees and n2 disagrees,
 * to n2 the other way round, and is absent otherwise (including when the verb marks nothing).
 */
public record AgreementCue(String name, int[] features, List<String> featureNames) implements Cue {

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
        if (agrees(stimulus.n1(), verb) && disagrees(stimulus.n2(), verb)) {
            return +1;
        }
        if (agrees(stimulus.n2(), verb) && disagrees(stimulus.n1(), verb)) {
            return -1;
        }
        return 0;
    }

    /** Matches the verb on every listed feature that the verb marks. */
    private boolean agrees(FeatureValues noun, FeatureValues verb) {
        for (int feature : features) {
            if (verb.isKnown(feature) && noun.get(feature) != verb.get(feature)) {
                return false;
            }
        }
        return true;
    }

    /** Has a known value that differs from the verb's on at least one marked feature. */
    private boolean disagrees(FeatureValues noun, FeatureValues verb) {
        for (int feature : features) {
            if (verb.isKnown(feature) && noun.isKnown(feature) && noun.get(feature) != verb.get(feature)) {
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
        return "agreement";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementCue that && name.equals(that.name) && Arrays.equals(features, that.features);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(features);
    }
}
