package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Sentence;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Reads a sentence corpus: {@code order}, feature columns,
 * {@code agent} (required: an exposure corpus must say who did it) and an optional positive
 * {@code count}. Other columns ride along in {@link Sentence#extra()}.
 */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static SentenceCorpus read(Path file, FeatureSpace space) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            StimulusColumns stimulus = StimulusColumns.bind(csv, space);
            int agentColumn = csv.requireColumn("agent");
            int countColumn = csv.column("count");
            List<Integer> extraColumns = new ArrayList<>();
            for (int i = 0; i < csv.header().size(); i++) {
                String name = csv.header().get(i).strip();
                if (!stimulus.isStimulusColumn(name) && i != agentColumn && i != countColumn) {
                    extraColumns.add(i);
                }
            }
            List<Sentence> sentences = new ArrayList<>();
            // Rows that describe the same sentence type share one Stimulus: a corpus of a million rows
            // over a few thousand types then costs little more than its types.
            Map<Stimulus, Stimulus> types = new HashMap<>();
            long lastLine = csv.headerLine();
            long total = 0;
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                lastLine = record.line();
                Stimulus read = types.computeIfAbsent(stimulus.read(record), type -> type);
                String agentText = record.field(agentColumn).strip();
                Slot agent = Slot.parseNoun(agentText);
                if (agent == null) {
                    throw InputException.at(file, record.line(), "column agent: '%s' is not n1 or n2", agentText);
                }
                long count = countColumn < 0 || record.field(countColumn).isBlank()
                        ? 1 : Fields.integer(file, record, countColumn, "count", 1);
                total = Fields.addToTotal(file, record, "count", total, count);
                Map<String, String> extra = new LinkedHashMap<>();
                for (int column : extraColumns) {
                    extra.put(csv.header().get(column).strip(), record.field(column));
                }
                sentences.add(new Sentence(read, agent, count, extra));
            }
            if (sentences.isEmpty()) {
                throw InputException.at(file, lastLine, "the corpus has no sentences");
            }
            return new SentenceCorpus(space, sentences);
        }
    }
}
