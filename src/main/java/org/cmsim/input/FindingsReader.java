package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cmsim.io.InputException;
import org.cmsim.model.PublishedFinding;

/** Reads corpora/human/findings.json: {@code {"source": ..., "findings": [...]}}. */
public final class FindingsReader {

    private static final Set<String> FIELDS = Set.of("language", "group", "result", "study", "ordering", "strongest",
            "order", "corpus", "measure", "from");

    private FindingsReader() {
    }

    public static List<PublishedFinding> read(Path file) throws InputException {
        JsonSource source = JsonSource.read(file);
        JsonField root = source.root();
        root.requireObject();
        root.allowOnly(Set.of("source", "findings"));
        List<PublishedFinding> findings = new ArrayList<>();
        for (JsonField entry : root.field("findings").elements()) {
            entry.requireObject();
            entry.allowOnly(FIELDS);
            List<List<String>> ordering = new ArrayList<>();
            if (entry.field("ordering").isPresent()) {
                for (JsonField group : entry.field("ordering").elements()) {
                    ordering.add(group.texts());
                }
            }
            Optional<String> strongest = entry.field("strongest").isPresent()
                    ? Optional.of(entry.field("strongest").text()) : Optional.empty();
            try {
                PublishedFinding finding = new PublishedFinding(entry.field("language").text(),
                        entry.field("group").text("adults"), entry.field("result").text(), entry.field("study").text(),
                        ordering, strongest,
                        entry.field("corpus").isPresent() ? Optional.of(entry.field("corpus").text()) : Optional.empty(),
                        entry.field("order").isPresent() ? Optional.of(entry.field("order").text()) : Optional.empty(),
                        entry.field("measure").isPresent() ? Optional.of(entry.field("measure").text()) : Optional.empty(),
                        entry.field("from").isPresent() ? Optional.of(entry.field("from").text()) : Optional.empty());
                if (finding.mentions("order") && finding.order().isEmpty()) {
                    // "Word order" in one study is the canonical order, in another every order it presented.
                    throw entry.error("order: missing; a finding about word order names which: a level such as"
                            + " NVN, or effect (the canonical order against the others)");
                }
                findings.add(finding);
            } catch (IllegalArgumentException e) {
                throw entry.error("%s", e.getMessage());
            }
        }
        return findings;
    }
}
