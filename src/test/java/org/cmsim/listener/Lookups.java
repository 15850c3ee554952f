package org.cmsim.listener;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cmsim.model.Language;

/** Look-ups and selections the dictionary tests share: which analyses of a form have a part of speech and features. */
final class Lookups {

    private Lookups() {
    }

    static List<FormAnalysis> analyses(Language language, String form) {
        return MorphologicalDictionary.of(language).orElseThrow().analyses(form);
    }

    /** The analyses with part of speech {@code upos} and every feature of {@code features} ("Case=Nom"). */
    static List<FormAnalysis> having(List<FormAnalysis> analyses, String upos, String... features) {
        return analyses.stream().filter(a -> a.upos().equals(upos))
                .filter(a -> Arrays.stream(features).allMatch(f -> {
                    String[] nameValue = f.split("=", 2);
                    return a.has(nameValue[0], nameValue[1]);
                })).toList();
    }

    /** True when some analysis has part of speech {@code upos} and every feature of {@code features}. */
    static boolean allows(List<FormAnalysis> analyses, String upos, String... features) {
        return !having(analyses, upos, features).isEmpty();
    }

    /** The values of {@code feature} over the analyses with {@code upos}, "_" where one leaves it open. */
    static Set<String> values(List<FormAnalysis> analyses, String upos, String feature) {
        Set<String> values = new TreeSet<>();
        for (FormAnalysis analysis : having(analyses, upos)) {
            String value = analysis.feature(feature);
            values.add(value == null ? "_" : value);
        }
        return values;
    }
}
