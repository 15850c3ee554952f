package org.cmsim.listener;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The case syncretisms of Serbian and Croatian nominal paradigms, for forms read without a dictionary.
 * A treebank shows a form only in the cases its sentences happen to need, so the union of its analyses
 * misses cases the form always has; these rules add them (Barić et al., Hrvatska gramatika, 1997, ch. on
 * declension; Stanojčić &amp; Popović, Gramatika srpskoga jezika, 2008):
 * <ul>
 *   <li>neuter, singular or plural: nominative = accusative ({@code selo}, {@code sela});</li>
 *   <li>masculine singular inanimate (Animacy=Inan, or an adjective or determiner, whose animate
 *       accusative is the genitive): nominative = accusative ({@code grad}, {@code novi});</li>
 *   <li>feminine plural: nominative = accusative ({@code žene}, {@code stvari});</li>
 *   <li>feminine singular of an i-stem, a form ending in a consonant ({@code stvar}, {@code zabrinutost}):
 *       nominative = accusative (an a-stem's accusative in -u, {@code ulogu}, {@code glavnu}, is not);</li>
 *   <li>feminine a-stem: the genitive singular in -e is the nominative and accusative plural ({@code žene},
 *       {@code hiljade}, {@code razne izjave}).</li>
 * </ul>
 */
public final class SerboCroatianParadigms {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "DET");

    private SerboCroatianParadigms() {
    }

    /** True for the languages these rules describe. */
    public static boolean covers(String language) {
        return language.equals("sr") || language.equals("hr");
    }

    /** The analyses with the syncretic ones added, each once. */
    public static List<Map<String, String>> expand(String form, String upos, List<Map<String, String>> analyses) {
        List<Map<String, String>> out = new ArrayList<>(analyses);
        if (!NOMINAL.contains(upos)) {
            return out;
        }
        String lower = form.toLowerCase(Locale.ROOT);
        for (Map<String, String> a : analyses) {
            String gender = a.get("Gender");
            String number = a.get("Number");
            String kase = a.get("Case");
            if (gender == null || number == null || kase == null) {
                continue;
            }
            boolean nomOrAcc = kase.equals("Nom") || kase.equals("Acc");
            if (nomOrAcc && nominativeIsAccusative(gender, number, a.get("Animacy"), upos, lower)) {
                add(out, with(a, "Case", kase.equals("Nom") ? "Acc" : "Nom"));
            }
            if (gender.equals("Fem") && lower.endsWith("e")) {
                if (number.equals("Sing") && kase.equals("Gen")) {
                    add(out, with(with(a, "Number", "Plur"), "Case", "Nom"));
                    add(out, with(with(a, "Number", "Plur"), "Case", "Acc"));
                } else if (number.equals("Plur") && nomOrAcc) {
                    add(out, with(with(a, "Number", "Sing"), "Case", "Gen"));
                }
            }
        }
        return out;
    }

    private static boolean nominativeIsAccusative(String gender, String number, String animacy, String upos,
                                                  String form) {
        return switch (gender) {
            case "Neut" -> true;
            case "Masc" -> number.equals("Sing") && ("Inan".equals(animacy) || upos.equals("ADJ") || upos.equals("DET"));
            case "Fem" -> number.equals("Plur") || endsInConsonant(form);
            default -> false;
        };
    }

    private static boolean endsInConsonant(String form) {
        return !form.isEmpty() && "aeiou".indexOf(form.charAt(form.length() - 1)) < 0;
    }

    private static Map<String, String> with(Map<String, String> feats, String name, String value) {
        Map<String, String> copy = new TreeMap<>(feats);
        copy.put(name, value);
        return copy;
    }

    private static void add(List<Map<String, String>> out, Map<String, String> analysis) {
        if (!out.contains(analysis)) {
            out.add(analysis);
        }
    }
}
