package org.cmsim.model;

import java.util.Objects;

/**
 * A cue carried by one noun feature with a favoured value, such as animacy=animate or case=nom.
 * It points to the noun that has the favoured value when the other noun has a different known value
 * (interface contract: "+1 when n1 has the value and n2 has a different known value").
 */
public record ContrastCue(String name, int feature, String featureName, int favoured, String favouredValue)
        implements Cue {

    public ContrastCue {
        Objects.requireNonNull(name, "name");
        if (feature < 0 || favoured < 0) {
            throw new IllegalArgumentException("contrast cue " + name + " needs a declared feature and value");
        }
    }

    @Override
    public int direction(Stimulus stimulus) {
        int first = stimulus.n1().get(feature);
        int second = stimulus.n2().get(feature);
        if (first == FeatureValues.UNKNOWN || second == FeatureValues.UNKNOWN || first == second) {
            return 0;
        }
        if (first == favoured) {
            return +1;
        }
        return second == favoured ? -1 : 0;
    }

    @Override
    public String kind() {
        return "contrast";
    }
}
