package org.cmsim.model;

import java.util.List;
import java.util.Objects;

/**
 * The sentences a listener is exposed to, with the features they are described by, and which of their clause
 * tokens move together when the corpus is resampled ({@link CorpusClusters#CLAUSES} when nothing says).
 */
public record SentenceCorpus(FeatureSpace space, List<Sentence> sentences, CorpusClusters clusters) {

    public SentenceCorpus(FeatureSpace space, List<Sentence> sentences) {
        this(space, sentences, CorpusClusters.CLAUSES);
    }

    public SentenceCorpus {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(clusters, "clusters");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no sentences");
        }
        for (Sentence sentence : sentences) {
            if (sentence.stimulus().n1().size() != space.size()) {
                throw new IllegalArgumentException("a sentence does not carry the declared features");
            }
        }
        for (CorpusClusters.Stratum stratum : clusters.strata()) {
            for (int[] cluster : stratum.clusters()) {
                for (int row : cluster) {
                    if (row < 0 || row >= sentences.size()) {
                        throw new IllegalArgumentException("a cluster names row " + row + " of " + sentences.size());
                    }
                }
            }
        }
    }

    /** The same corpus resampled clause by clause or by the clusters given. */
    public SentenceCorpus withClusters(CorpusClusters value) {
        return new SentenceCorpus(space, sentences, value);
    }

    /** Sum of {@code count} over all rows: the number of sentence tokens. */
    public long totalCount() {
        long total = 0;
        for (Sentence sentence : sentences) {
            total += sentence.count();
        }
        return total;
    }

    public int size() {
        return sentences.size();
    }

    public Sentence get(int index) {
        return sentences.get(index);
    }

    /** Equal corpora hold the same sentences; how they are resampled is not part of what they are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceCorpus that && space.equals(that.space) && sentences.equals(that.sentences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(space, sentences);
    }
}
