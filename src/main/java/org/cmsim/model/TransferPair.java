package org.cmsim.model;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One second-language transfer a run config asks for (its {@code "transfer"} block): the first language's config,
 * the second's, and the settings the entry sets (those it leaves out take {@code cmsim transfer}'s defaults).
 */
public record TransferPair(LanguageConfig from, LanguageConfig to, OptionalLong exposure, OptionalInt orders,
                           OptionalInt seeds) {

    public TransferPair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(exposure, "exposure");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(seeds, "seeds");
    }

    /** The pair's folder in a run: {@code FROM-to-TO}. */
    public String folder() {
        return from.name() + "-to-" + to.name();
    }
}
