package org.cmsim.output;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cmsim.conllu.TreebankImport;
import org.cmsim.conllu.WordListBuilder;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.Table;

/**
 * What {@code cmsim import-conllu} writes: the sentence corpus (its header line first and no comment lines,
 * so R and pandas read it without options) and, when asked, the word list of the same sentences, gzipped
 * when its name ends in .gz. Each is written through a temporary sibling, so a failed import leaves no
 * half-written file; the word list goes first, so a corpus is never newer than its word list.
 */
public final class ImportWriter {

    private ImportWriter() {
    }

    public static void write(FileTarget corpus, FileTarget clauses, Optional<FileTarget> wordList,
                             TreebankImport.Result result, boolean keepText) throws OutputException, IOException {
        if (wordList.isPresent()) {
            byte[] words = WordListBuilder.csv(result.wordList()).getBytes(StandardCharsets.UTF_8);
            boolean gzip = wordList.get().file().getFileName().toString().endsWith(".gz");
            // GZIPOutputStream writes no time stamp (MTIME 0), so the same word list gives the same bytes.
            wordList.get().write(stream -> {
                if (gzip) {
                    try (GZIPOutputStream zipped = new GZIPOutputStream(stream)) {
                        zipped.write(words);
                    }
                } else {
                    stream.write(words);
                }
            });
        }
        clauses.write(stream -> traces(result, stream));
        byte[] csv = csv(result, keepText).getBytes(StandardCharsets.UTF_8);
        corpus.write(stream -> stream.write(csv));
    }

    /**
     * One row per clause, in the order read: treebank, sentence id, token ids of n1, the verb and n2,
     * the corpus row (1 = the first after the header) the clause is counted in, and the document (empty where the
     * treebank marks none). The import keeps the
     * rows gzipped with the pattern's number; here the number becomes the row, streaming.
     */
    private static void traces(TreebankImport.Result result, OutputStream out) throws IOException {
        int[] rows = result.rows();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(result.traces())), StandardCharsets.UTF_8));
             Writer zipped = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            zipped.write(String.join(",", TreebankImport.TRACE_COLUMNS) + "\n");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int mark = line.indexOf(TreebankImport.DOCUMENT_MARK);
                int comma = line.lastIndexOf(',', mark);
                zipped.write(line, 0, comma + 1);
                zipped.write(Integer.toString(rows[Integer.parseInt(line.substring(comma + 1, mark))]));
                zipped.write(',');
                zipped.write(line, mark + 1, line.length() - mark - 1);
                zipped.write('\n');
            }
        }
    }

    /** The corpus: a row per pattern, its count, source and genre (and an example sentence with {@code keepText}). */
    private static String csv(TreebankImport.Result result, boolean keepText) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", TreebankImport.COLUMNS)).append(',')
                .append(String.join(",", TreebankImport.COUNT_AND_AFTER)).append(keepText ? ",text" : "").append('\n');
        for (Map.Entry<TreebankImport.Pattern, Long> entry : result.patterns()) {
            TreebankImport.Pattern pattern = entry.getKey();
            csv.append(pattern.cells()).append(',').append(entry.getValue()).append(',')
                    .append(Table.quote(pattern.source())).append(',').append(Table.quote(pattern.genre()));
            if (keepText) {
                String text = result.texts().getOrDefault(pattern, "");
                csv.append(",\"").append(text.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        return csv.toString();
    }
}
