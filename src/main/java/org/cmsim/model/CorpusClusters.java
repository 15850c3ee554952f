package org.cmsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which clause tokens of a corpus move together when it is resampled. Clauses of one sentence share its words and
 * its speaker, sentences of one document its author, topic and style: resampling clauses one by one treats them as
 * independent and gives intervals that are too narrow. The cluster bootstrap resamples whole clusters instead
 * (Davison &amp; Hinkley 1997, sec. 3.8; Field &amp; Welsh 2007), here within each source treebank (a stratum), because
 * which treebanks make up a corpus is the corpus's design, not chance.
 *
 * <p>A stratum resamples documents when every one of its clauses lies in a marked document ({@code # newdoc id})
 * and it has at least {@link #MIN_DOCUMENTS}; otherwise sentences. Each cluster lists the corpus rows (0-based
 * indices into {@link SentenceCorpus#sentences()}) of its clauses, one entry per clause.
 * {@link #CLAUSES} (no strata) stands for a corpus without a clause trace: its tokens are resampled one by one.
 */
public record CorpusClusters(List<Stratum> strata) {

    /**
     * Fewest documents a stratum needs to be resampled by document. A bootstrap over a handful of units gives
     * intervals that depend on which few were drawn (Davison &amp; Hinkley 1997, sec. 3.8, recommend more than a
     * few dozen clusters); a treebank with two or three long texts is resampled by sentence instead.
     */
    public static final int MIN_DOCUMENTS = 20;

    /** No trace: every clause token is its own unit. */
    public static final CorpusClusters CLAUSES = new CorpusClusters(List.of());

    /** What a stratum resamples. */
    public enum Unit {
        DOCUMENTS, SENTENCES;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One source's clusters and the unit they are. */
    public record Stratum(String source, Unit unit, List<int[]> clusters) {
        public Stratum {
            clusters = List.copyOf(clusters);
            if (clusters.isEmpty()) {
                throw new IllegalArgumentException("stratum " + source + " has no clusters");
            }
            for (int[] cluster : clusters) {
                if (cluster.length == 0) {
                    throw new IllegalArgumentException("stratum " + source + " has an empty cluster");
                }
            }
        }

        /** The number of clause tokens in the stratum. */
        public long clauses() {
            return clusters.stream().mapToLong(c -> c.length).sum();
        }
    }

    public CorpusClusters {
        strata = List.copyOf(strata);
    }

    /** True when the corpus has no trace and is resampled clause by clause. */
    public boolean byClause() {
        return strata.isEmpty();
    }

    /** The number of clause tokens the clusters hold. */
    public long clauses() {
        return strata.stream().mapToLong(Stratum::clauses).sum();
    }

    /**
     * The clusters of the rows {@code kept} (old row index -> new index, -1 for a dropped row): dropped rows leave
     * their clusters, clusters and strata left empty go.
     */
    public CorpusClusters keepRows(int[] kept) {
        List<Stratum> left = new ArrayList<>();
        for (Stratum stratum : strata) {
            List<int[]> clusters = new ArrayList<>();
            for (int[] cluster : stratum.clusters()) {
                int[] rows = Arrays.stream(cluster).map(r -> kept[r]).filter(r -> r >= 0).toArray();
                if (rows.length > 0) {
                    clusters.add(rows);
                }
            }
            if (!clusters.isEmpty()) {
                left.add(new Stratum(stratum.source(), stratum.unit(), clusters));
            }
        }
        return new CorpusClusters(left);
    }

    /** How the corpus is resampled, in words: "documents (1,174 in en_ewt), sentences (8,000 in 4 sources)". */
    public String describe() {
        if (byClause()) {
            return "clauses one by one (the corpus has no clause trace)";
        }
        List<String> parts = new ArrayList<>();
        for (Unit unit : Unit.values()) {
            List<Stratum> of = strata.stream().filter(s -> s.unit() == unit).toList();
            if (of.isEmpty()) {
                continue;
            }
            long clusters = of.stream().mapToLong(s -> s.clusters().size()).sum();
            parts.add(String.format(java.util.Locale.ROOT, "%s (%,d in %s)", unit.label(), clusters,
                    of.size() == 1 ? of.get(0).source() : of.size() + " sources"));
        }
        return String.join(", ", parts) + ", within each source";
    }
}
