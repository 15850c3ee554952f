package org.cmsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one mapping between an enum value and the text configs, manifests and the playground's data write
 * for it: lower case, '-' for '_' ({@code VERB_BLIND} is {@code verb-blind}). Plain loops over the values
 * (no reflection), so the playground's compiled code can use it too.
 */
public final class ConfigNames {

    private ConfigNames() {
    }

    /** The config text of {@code value}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value among {@code values} whose config text is {@code text}, if any. */
    public static <E extends Enum<E>> Optional<E> parse(E[] values, String text) {
        for (E value : values) {
            if (of(value).equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** Every value's config text, in declaration order: for messages that list what may be written. */
    public static List<String> all(Enum<?>[] values) {
        List<String> texts = new ArrayList<>();
        for (Enum<?> value : values) {
            texts.add(of(value));
        }
        return texts;
    }
}
