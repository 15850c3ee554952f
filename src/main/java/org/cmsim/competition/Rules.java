package org.cmsim.competition;

import java.util.List;
import java.util.Optional;

/** The choice rules cmsim knows, by name. */
public final class Rules {

    public static final List<String> NAMES = List.of("multiplicative", "additive", "hierarchy");

    private Rules() {
    }

    public static Optional<ChoiceRule> byName(String name) {
        return switch (name) {
            case "multiplicative" -> Optional.of(new MultiplicativeRule());
            case "additive" -> Optional.of(new AdditiveRule());
            case "hierarchy" -> Optional.of(new HierarchyRule());
            default -> Optional.empty();
        };
    }

    /** One rule by name, or all three for "all". */
    public static List<ChoiceRule> select(String name) {
        if (name.equals("all")) {
            return List.of(new MultiplicativeRule(), new AdditiveRule(), new HierarchyRule());
        }
        return List.of(byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown rule '" + name + "' (multiplicative, additive, hierarchy, all)")));
    }
}
