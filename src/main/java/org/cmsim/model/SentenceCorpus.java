package org.cmsim.model;

import java.util.List;
import java.util.Objects;

/** The sentences a listener is exposed to, with the features they are described by. */
public record SentenceCorpus(FeatureSpace space, List<Sentence> sentences) {

    public SentenceCorpus {
        Objects.requireNonNull(space, "space");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no sentences");
        }
        for (Sentence sentence : sentences) {
            if (sentence.stimulus().n1().size() != space.size()) {
                throw new IllegalArgumentException("a sentence does not carry the declared features");
            }
        }
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

    @Override
    public boolean equals(Object other) {
        return other instanceof SentenceCorpus that && space.equals(that.space) && sentences.equals(that.sentences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(space, sentences);
    }
}
