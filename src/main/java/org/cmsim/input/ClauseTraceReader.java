package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.model.CorpusClusters.Stratum;
import org.cmsim.model.CorpusClusters.Unit;
import org.cmsim.model.CorpusClusters;
import org.cmsim.model.SentenceCorpus;

/**
 * Reads a corpus's clause trace ({@code clauses.csv.gz}: {@code source,sent_id,n1,verb,n2,row,doc}, one line per
 * clause, in the order the import read them) into the clusters the corpus is resampled by: per source, its
 * documents when it marks enough of them ({@link CorpusClusters#MIN_DOCUMENTS}), else its sentences. A sentence is
 * a run of consecutive lines with one source and sentence id (ids repeat across files of one treebank when the
 * importer numbers sentences itself). A trace without {@code doc} (older imports) gives sentences.
 *
 * <p>The trace must describe the corpus beside it: every row it names exists, and each row's clauses add up to
 * the row's {@code count}. Otherwise the two come from different imports and are refused.
 */
public final class ClauseTraceReader {

    private ClauseTraceReader() {
    }

    /** The clusters of {@code corpus} (read from {@code corpusFile}) that the trace {@code trace} describes. */
    public static CorpusClusters read(Path trace, Path corpusFile, SentenceCorpus corpus) throws InputException {
        Map<String, SourceClauses> sources = new LinkedHashMap<>();
        long[] clausesOfRow = new long[corpus.size()];
        try (CsvReader csv = CsvReader.open(trace)) {
            int sourceColumn = csv.requireColumn("source");
            int sentenceColumn = csv.requireColumn("sent_id");
            int rowColumn = csv.requireColumn("row");
            int documentColumn = csv.column("doc");
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                String text = record.field(rowColumn).strip();
                int row;
                try {
                    row = Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    throw InputException.at(trace, record.line(), "column row: '%s' is not a row number", text);
                }
                if (row < 1 || row > corpus.size()) {
                    throw InputException.at(trace, record.line(),
                            "column row: %d is not a row of %s (it has %d rows): the trace and the corpus come from "
                                    + "different imports", row, corpusFile, corpus.size());
                }
                clausesOfRow[row - 1]++;
                String source = record.field(sourceColumn).strip();
                String document = documentColumn < 0 ? "" : record.field(documentColumn).strip();
                sources.computeIfAbsent(source, s -> new SourceClauses())
                        .add(record.field(sentenceColumn).strip(), document, row - 1);
            }
        }
        for (int r = 0; r < corpus.size(); r++) {
            if (clausesOfRow[r] != corpus.get(r).count()) {
                throw InputException.in(trace, "row %d of %s counts %d clauses, the trace lists %d: the trace and the "
                        + "corpus come from different imports (import again, or remove the trace to resample clause "
                        + "by clause)", r + 1, corpusFile, corpus.get(r).count(), clausesOfRow[r]);
            }
        }
        List<Stratum> strata = new ArrayList<>();
        sources.forEach((source, clauses) -> strata.add(clauses.stratum(source)));
        return new CorpusClusters(strata);
    }

    /** One source's clauses as read: rows grouped by sentence (consecutive lines) and by document. */
    private static final class SourceClauses {
        private final List<List<Integer>> sentences = new ArrayList<>();
        private final Map<String, List<Integer>> documents = new LinkedHashMap<>();
        private boolean everyClauseInADocument = true;
        private String lastSentence;

        void add(String sentence, String document, int row) {
            if (!sentence.equals(lastSentence) || sentences.isEmpty()) {
                sentences.add(new ArrayList<>());
                lastSentence = sentence;
            }
            sentences.get(sentences.size() - 1).add(row);
            if (document.isEmpty()) {
                everyClauseInADocument = false;
            } else {
                documents.computeIfAbsent(document, d -> new ArrayList<>()).add(row);
            }
        }

        Stratum stratum(String source) {
            boolean byDocument = everyClauseInADocument && documents.size() >= CorpusClusters.MIN_DOCUMENTS;
            List<int[]> clusters = (byDocument ? documents.values() : sentences).stream()
                    .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray()).toList();
            return new Stratum(source, byDocument ? Unit.DOCUMENTS : Unit.SENTENCES, clusters);
        }
    }
}
