package org.cmsim.conllu;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How treebanks are imported: the language (ISO 639-1 code: it selects the expletive, particle and
 * clitic tables), the verb word order is read from, the sentence filters ({@code --where}), genres
 * given for sources the built-in table does not know, and whether to keep an example text per
 * pattern. Start from {@link #defaults}.
 */
public record ImportSettings(String language, OrderRule orderRule, List<SentenceFilter> filters,
                             Map<String, String> genres, TextColumn text) {

    /** Whether the corpus gets a {@code text} column with one example sentence per pattern. */
    public enum TextColumn { NONE, EXAMPLE }

    public ImportSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(orderRule, "orderRule");
        Objects.requireNonNull(text, "text");
        filters = List.copyOf(filters);
        genres = Map.copyOf(genres);
    }

    /** Finite-verb order, every sentence, the built-in genres, no text. */
    public static ImportSettings defaults(String language) {
        return new ImportSettings(language, OrderRule.FINITE, List.of(), Map.of(), TextColumn.NONE);
    }

    public ImportSettings withOrderRule(OrderRule rule) {
        return new ImportSettings(language, rule, filters, genres, text);
    }

    public ImportSettings withFilters(List<SentenceFilter> where) {
        return new ImportSettings(language, orderRule, where, genres, text);
    }

    public ImportSettings withGenres(Map<String, String> given) {
        return new ImportSettings(language, orderRule, filters, given, text);
    }

    public ImportSettings withText(TextColumn column) {
        return new ImportSettings(language, orderRule, filters, genres, column);
    }
}
