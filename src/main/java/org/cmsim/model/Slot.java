package org.cmsim.model;

/** The three words of a transitive sentence, named as in corpus columns: n1, v, n2. */
public enum Slot {
    N1("n1"), V("v"), N2("n2");

    private final String label;

    Slot(String label) {
        this.label = label;
    }

    /** The column prefix and the value used in {@code agent} and {@code choice} columns. */
    public String label() {
        return label;
    }

    /** The noun slot named {@code text} ("n1" or "n2"), or null when it names none. */
    public static Slot parseNoun(String text) {
        if ("n1".equals(text)) {
            return N1;
        }
        if ("n2".equals(text)) {
            return N2;
        }
        return null;
    }
}
