package org.cmsim.model;

import java.util.List;

/**
 * A kind of cue a config may declare ({@code "kind"} of an entry of {@code cues}): its name, the fields
 * its entries may have besides {@code name} and {@code kind}, and how an entry becomes a cue. {@link #ALL}
 * is the one registration of the kinds: the config reader and the playground both read entries through
 * it. A new kind is its class (implementing the sealed {@link Cue}, named in its {@code permits}) and
 * one line here.
 */
public record CueKind(String name, List<String> fields, Reader reader) {

    /** How an entry becomes a cue; throws {@link CueEntry.Invalid} naming the field at fault. */
    @FunctionalInterface
    public interface Reader {
        Cue read(CueEntry entry, FeatureSpace space);
    }

    /** Every kind of cue, in the order messages list them. */
    public static final List<CueKind> ALL = List.of(
            new CueKind(OrderCue.KIND, List.of("neutral"), OrderCue::fromEntry),
            new CueKind(ContrastCue.KIND, List.of("feature", "value", "marks"), ContrastCue::fromEntry),
            new CueKind(AgreementCue.KIND, List.of("features"), AgreementCue::fromEntry),
            new CueKind(PassiveCue.KIND, List.of("markers"), PassiveCue::fromEntry));

    public CueKind {
        fields = List.copyOf(fields);
    }

    /** The cue an entry of this kind declares. */
    public Cue read(CueEntry entry, FeatureSpace space) {
        return reader.read(entry, space);
    }

    /** The kind called {@code name}, or null when there is none (the caller says which there are). */
    public static CueKind named(String name) {
        for (CueKind kind : ALL) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** The kinds' names, in the order of {@link #ALL}. */
    public static List<String> names() {
        return ALL.stream().map(CueKind::name).toList();
    }
}
