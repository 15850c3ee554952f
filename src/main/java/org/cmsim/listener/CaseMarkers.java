package org.cmsim.listener;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Language;
import org.cmsim.model.LanguageConfig;

/**
 * The adpositions that mark a noun's role in a language, and on which side of the noun they stand.
 * <ul>
 *   <li>A language whose config declares a {@code marker} feature (Spanish: a, de, por) marks with
 *       prepositions: its values but "none", before the noun ("vio <b>a</b> la niña").</li>
 *   <li>Japanese marks with postpositions after the noun: が (nominative) and を (accusative), whose case
 *       the import's particle table gives, and the topic は and "also" も, which stand on a subject or an
 *       object without saying which (Yamashita 1997 on ga/o; the Japanese corpus's subjects carry は and
 *       も as often as が). Any other particle (の, に, で) puts a phrase outside the simple clause.</li>
 * </ul>
 * A marker's lemma is compared lower-cased, as the import writes the {@code marker} feature. A marker
 * fused with an article is typed as one word and read as two, as UD splits it into a multiword token:
 * Spanish "al" is "a el" ("muerde al gato"), "del" is "de el".
 */
public record CaseMarkers(Set<String> lemmas, Placement placement, Map<String, List<String>> contractions,
                          boolean adjectivesAfterNoun) {

    /** Where a marker stands relative to its noun. */
    public enum Placement {
        /** Prepositions: the marker opens the noun's phrase (Spanish "a la niña"). */
        BEFORE_NOUN,
        /** Postpositions: the marker closes the noun's phrase (Japanese "猫が"). */
        AFTER_NOUN
    }

    /** Japanese particles that stand on a subject or an object (see the class comment). */
    public static final Set<String> JAPANESE = Set.of("が", "を", "は", "も");

    /** Spanish preposition + article contractions, split as the UD Spanish treebanks split them. */
    public static final Map<String, List<String>> SPANISH = Map.of("al", List.of("a", "el"), "del", List.of("de", "el"));

    /** Markers of a language whose adjectives may follow their noun. */
    public CaseMarkers(Set<String> lemmas, Placement placement, Map<String, List<String>> contractions) {
        this(lemmas, placement, contractions, true);
    }

    public CaseMarkers {
        lemmas = Set.copyOf(new TreeSet<>(lemmas));
        contractions = Map.copyOf(contractions);
        if (placement == null) {
            throw new IllegalArgumentException("placement must be given");
        }
    }

    /** No role markers (English, German, ...): an adposition puts its phrase outside the clause. */
    public static CaseMarkers none() {
        return new CaseMarkers(Set.of(), Placement.BEFORE_NOUN, Map.of());
    }

    /** The markers of a config's language ({@code "language"}; none for a config without one). */
    public static CaseMarkers of(LanguageConfig config) {
        return of(config.language(), config.features());
    }

    /**
     * The markers of {@code language} (none without one) for a config that declares {@code features}:
     * the language's role markers ({@link LanguageForms#roleMarkers}: English "by" of a passive's agent,
     * Spanish "a") and the values of the config's {@code marker} feature.
     */
    public static CaseMarkers of(Optional<Language> language, FeatureSpace features) {
        if (language.equals(Optional.of(Language.JA))) {
            return new CaseMarkers(JAPANESE, Placement.AFTER_NOUN, Map.of(), false);
        }
        int marker = features.indexOf("marker");
        Set<String> out = new TreeSet<>(language.map(l -> LanguageForms.roleMarkers(l.code())).orElse(Set.of()));
        if (marker >= 0) {
            features.feature(marker).values().stream().filter(v -> !v.equals("none")).forEach(out::add);
        }
        return new CaseMarkers(out, Placement.BEFORE_NOUN,
                language.equals(Optional.of(Language.ES)) ? SPANISH : Map.of(),
                language.map(l -> LanguageForms.adjectivesFollowNouns(l.code())).orElse(true));
    }

    /** True when an adposition with this lemma marks a subject's or object's role here. */
    public boolean marks(String lemma) {
        return lemmas.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
