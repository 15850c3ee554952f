package org.cmsim.listener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The feature values cmsim writes, from Universal Dependencies' (Case=Nom -&gt; nom, Number=Sing -&gt; sg,
 * Gender=Masc -&gt; m, Person=3 -&gt; 3), and the order in which a set of them is written: cases in the
 * order of grammars (nom, acc, dat, gen, ins, loc, voc), sg before pl, persons 1 to 3, m f n, then
 * any other value alphabetically. A UD multi-value (Case=Acc,Nom) is a set.
 */
public final class Values {

    private static final List<String> RANK = List.of("nom", "acc", "dat", "gen", "ins", "loc", "voc", "sg", "pl",
            "1", "2", "3", "m", "f", "n", "animate", "inanimate", "active", "passive");

    /** Orders values as {@link Values} says. */
    public static final Comparator<String> ORDER = Comparator.comparingInt((String v) -> {
        int rank = RANK.indexOf(v);
        return rank < 0 ? RANK.size() : rank;
    }).thenComparing(Comparator.naturalOrder());

    private Values() {
    }

    /** The cmsim values of one UD feature of an analysis (empty when it does not mark it). */
    public static List<String> of(Map<String, String> feats, String udFeature) {
        String text = feats.get(udFeature);
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String value = value(udFeature, text.substring(start, end));
            if (value != null && !out.contains(value)) {
                out.add(value);
            }
            start = end + 1;
        }
        return out;
    }

    /** One UD value as cmsim writes it, or null when cmsim does not use it. */
    static String value(String udFeature, String value) {
        return switch (udFeature) {
            case "Case" -> value.toLowerCase(Locale.ROOT);
            case "Number" -> "Sing".equals(value) ? "sg" : "Plur".equals(value) ? "pl" : null;
            case "Gender" -> switch (value) {
                case "Masc" -> "m";
                case "Fem" -> "f";
                case "Neut" -> "n";
                default -> null;
            };
            case "Person" -> "1".equals(value) || "2".equals(value) || "3".equals(value) ? value : null;
            default -> value.toLowerCase(Locale.ROOT);
        };
    }

    /** The values sorted in {@link #ORDER}, without repeats. */
    public static List<String> sorted(Collection<String> values) {
        TreeSet<String> set = new TreeSet<>(ORDER);
        set.addAll(values);
        return List.copyOf(set);
    }
}
