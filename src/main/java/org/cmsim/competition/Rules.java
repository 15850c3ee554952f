package org.cmsim.competition;

import java.util.List;
import java.util.Optional;

/**
 * The choice rules cmsim knows: the one registration of a rule ({@link #ALL}). Names come from the
 * rules themselves, so the command line, outputs and this list cannot disagree.
 */
public final class Rules {

    /** Every rule, in the order outputs list them. Rules hold no state, so one instance of each serves all. */
    public static final List<ChoiceRule> ALL = List.of(new MultiplicativeRule(), new AdditiveRule(),
            new HierarchyRule());

    /** The rules' names, in {@link #ALL}'s order. */
    public static final List<String> NAMES = ALL.stream().map(ChoiceRule::name).toList();

    private Rules() {
    }

    public static Optional<ChoiceRule> byName(String name) {
        return ALL.stream().filter(rule -> rule.name().equals(name)).findFirst();
    }

    /** One rule by name, or all of them for "all". */
    public static List<ChoiceRule> select(String name) {
        if (name.equals("all")) {
            return ALL;
        }
        return List.of(byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown rule '" + name + "' (" + String.join(", ", NAMES) + ", all)")));
    }
}
