package org.cmsim.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of two languages' parameters are one cue: the same name ({@code order=NVN}, {@code animacy},
 * {@code case}, ...), whatever the cue's markers are in each language (English "by" and Dutch "door" are
 * both the {@code passive} cue). A second-language learner starts from the first language's strength of a
 * shared cue (the Unified Competition Model's transfer, MacWhinney 2005); a cue only the second language
 * has starts at 0, and a cue only the first has keeps its strength, never read in the second language.
 */
public record SharedCues(List<Entry> entries) {

    /** How a parameter fares in transfer. */
    public enum Status {
        /** In both languages: starts at its first-language value. */
        SHARED("shared"),
        /** Only in the second language: starts at 0. */
        L2_ONLY("l2-only"),
        /** Only in the first language: keeps its first-language value, never read in the second. */
        L1_ONLY("l1-only");

        private final String configName;

        Status(String configName) {
            this.configName = configName;
        }

        /** The status as transfer-summary.csv writes it. */
        public String configName() {
            return configName;
        }
    }

    /** One parameter: its name, status, and its index among each language's parameters (-1 where absent). */
    public record Entry(String parameter, Status status, int l1Index, int l2Index) {
    }

    public SharedCues {
        entries = List.copyOf(entries);
    }

    /** The second language's parameters in their order, then those only the first language has. */
    public static SharedCues of(List<String> l1Parameters, List<String> l2Parameters) {
        List<Entry> entries = new ArrayList<>();
        for (int j = 0; j < l2Parameters.size(); j++) {
            int i = l1Parameters.indexOf(l2Parameters.get(j));
            entries.add(new Entry(l2Parameters.get(j), i >= 0 ? Status.SHARED : Status.L2_ONLY, i, j));
        }
        for (int i = 0; i < l1Parameters.size(); i++) {
            if (!l2Parameters.contains(l1Parameters.get(i))) {
                entries.add(new Entry(l1Parameters.get(i), Status.L1_ONLY, i, -1));
            }
        }
        return new SharedCues(entries);
    }

    /**
     * The second-language learner's starting weights, one per second-language parameter: the first
     * language's value of a shared parameter, 0 for one only the second language has.
     */
    public double[] start(double[] l1Values, int l2Count) {
        double[] start = new double[l2Count];
        for (Entry entry : entries) {
            if (entry.status() == Status.SHARED) {
                start[entry.l2Index()] = l1Values[entry.l1Index()];
            }
        }
        return start;
    }
}
