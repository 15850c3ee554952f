package org.cmsim.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published human result of agent-identification research (corpora/human/findings.json): the
 * language, the group studied (adults, children, learning, corpus), the result in words and the
 * study; where the result orders cues, either {@code ordering} (groups of cues from strongest to
 * weakest) or {@code strongest} (one cue above all others); and {@code corpus}, the name of the run's
 * language whose corpus the finding is compared with when that is not {@code language} itself. A
 * finding about children ({@link #aboutChildren}) is compared only with the corpus it names (a
 * child-directed one): never with adult text. {@code order} says which word order a finding that
 * speaks of word order concerns: one level ({@code NVN}), or {@code effect}, the contrast between the
 * canonical order and the others; empty, the language's most frequent level.
 */
public record PublishedFinding(String language, String group, String result, String study,
                               List<List<String>> ordering, Optional<String> strongest, Optional<String> corpus,
                               Optional<String> order, Optional<String> measure, Optional<String> from) {

    /**
     * The learning findings cmsim measures by simulation rather than by ordering strengths: {@code transfer-shift}
     * (a transfer from {@code from} to {@code language} is gradual and ends at the second language's pattern),
     * {@code transfer-half-way} (the cues of {@code ordering} move half-way in that order), {@code validity-order}
     * (early strengths rank like overall validity, late ones like conflict validity) and {@code blocking}.
     */
    public static final java.util.Set<String> MEASURES = java.util.Set.of("transfer-shift", "transfer-half-way",
            "validity-order", "blocking");

    /** A finding measured by ordering cue strengths, as all findings were before the learning measures. */
    public PublishedFinding(String language, String group, String result, String study, List<List<String>> ordering,
                            Optional<String> strongest, Optional<String> corpus, Optional<String> order) {
        this(language, group, result, study, ordering, strongest, corpus, order, Optional.empty(), Optional.empty());
    }

    /** Groups whose findings concern children or the speech addressed to them. */
    public static final java.util.Set<String> CHILD_GROUPS = java.util.Set.of("children", "child-directed");

    public PublishedFinding {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(from, "from");
        if (measure.isPresent() && !MEASURES.contains(measure.get())) {
            throw new IllegalArgumentException("measure: '" + measure.get() + "' is none of "
                    + String.join(", ", new java.util.TreeSet<>(MEASURES)));
        }
        if (measure.isPresent() && measure.get().startsWith("transfer") && from.isEmpty()) {
            throw new IllegalArgumentException("measure " + measure.get() + " needs 'from', the first language");
        }
        if (order.isPresent() && !order.get().equals("effect") && !order.get().matches("[NV]+")) {
            throw new IllegalArgumentException("order: '" + order.get() + "' is neither an order level such as NVN"
                    + " nor effect");
        }
        ordering = ordering.stream().map(List::copyOf).toList();
        if (!ordering.isEmpty() && strongest.isPresent()) {
            throw new IllegalArgumentException("give an ordering or a strongest cue, not both");
        }
    }

    /** A finding whose word order, if it speaks of it, is the language's most frequent level. */
    public PublishedFinding(String language, String group, String result, String study, List<List<String>> ordering,
                            Optional<String> strongest, Optional<String> corpus) {
        this(language, group, result, study, ordering, strongest, corpus, Optional.empty());
    }

    /**
     * True when the finding orders the cue named {@code cue}: in its ordering, or through a strongest cue, which is
     * set above every other cue.
     */
    public boolean mentions(String cue) {
        return strongest.isPresent() || ordering.stream().anyMatch(g -> g.contains(cue));
    }

    /** A finding compared with the finding's own language's corpus. */
    public PublishedFinding(String language, String group, String result, String study, List<List<String>> ordering,
                            Optional<String> strongest) {
        this(language, group, result, study, ordering, strongest, Optional.empty());
    }

    /** True for findings about children or child-directed speech. */
    public boolean aboutChildren() {
        return CHILD_GROUPS.contains(group);
    }

    /**
     * The run language whose corpus this finding is compared with: the named corpus; else, for a
     * finding about adults, its language; empty for a finding about children without a named corpus.
     */
    public Optional<String> comparedCorpus() {
        if (corpus.isPresent()) {
            return corpus;
        }
        return aboutChildren() ? Optional.empty() : Optional.of(language);
    }

    /** True when the finding says something about the order of cue strengths. */
    public boolean ordersCues() {
        return !ordering.isEmpty() || strongest.isPresent();
    }
}
