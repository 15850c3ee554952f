package org.cmsim.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cmsim.io.InputException;

/**
 * A FreeDict bilingual dictionary in the dictd format that Debian's dict-freedict-* packages install
 * ({@code /usr/share/dictd/freedict-deu-eng.index} and {@code .dict.dz}): the index maps a lower-cased
 * headword to the offset and length (base 64, dictd's alphabet) of each of its entries in the
 * dictzip-compressed text. {@link #senses} reads an entry's translations.
 */
final class FreeDict implements AutoCloseable {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final Map<String, long[]> index;
    private final DictZip text;

    private FreeDict(Map<String, long[]> index, DictZip text) {
        this.index = index;
        this.text = text;
    }

    /** Opens {@code directory/name.index} and {@code name.dict.dz}. */
    static FreeDict open(Path directory, String name) throws InputException {
        Path indexFile = directory.resolve(name + ".index");
        try {
            return new FreeDict(readIndex(indexFile), DictZip.open(directory.resolve(name + ".dict.dz")));
        } catch (IOException e) {
            throw InputException.in(indexFile, "cannot read the dictionary index: %s", e.getMessage());
        }
    }

    private static Map<String, long[]> readIndex(Path indexFile) throws IOException, InputException {
        Map<String, long[]> index = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                int second = line.lastIndexOf('\t');
                int first = second <= 0 ? -1 : line.lastIndexOf('\t', second - 1);
                if (first < 0) {
                    throw InputException.at(indexFile, lineNumber, "not headword<TAB>offset<TAB>length");
                }
                String headword = line.substring(0, first).strip().toLowerCase(Locale.ROOT);
                long offset = base64(line.substring(first + 1, second));
                long length = base64(line.substring(second + 1));
                if (offset < 0 || length < 0) {
                    throw InputException.at(indexFile, lineNumber, "offset or length is not base 64: '%s'", line);
                }
                long[] old = index.get(headword);
                long[] entries = old == null ? new long[2] : java.util.Arrays.copyOf(old, old.length + 2);
                entries[entries.length - 2] = offset;
                entries[entries.length - 1] = length;
                index.put(headword, entries);
            }
        }
        return index;
    }

    /** True when the dictionary has entries for {@code headword} (any case). */
    boolean has(String headword) {
        return index.containsKey(headword.toLowerCase(Locale.ROOT));
    }

    /** Every headword of the index (lower-cased), sorted, for reading a dictionary backwards. */
    List<String> headwords() {
        List<String> sorted = new ArrayList<>(index.keySet());
        sorted.removeIf(headword -> headword.startsWith("00database"));
        sorted.sort(null);
        return sorted;
    }

    /**
     * The headword as an entry's first line spells it, without pronunciation or part of speech:
     * {@code teacher /tˈiːtʃə/} -&gt; teacher, {@code abogado /ˌaβoɣˈaðo/ <n, m>} -&gt; abogado.
     */
    static String headword(String entry) {
        String headline = entry.lines().findFirst().orElse("");
        int end = headline.length();
        for (String mark : new String[] {" /", " <", "/"}) {
            int at = headline.indexOf(mark);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return headline.substring(0, end).strip();
    }

    /** The text of each entry for {@code headword} (any case), in the dictionary's order. */
    List<String> entries(String headword) {
        long[] found = index.get(headword.toLowerCase(Locale.ROOT));
        if (found == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>(found.length / 2);
        try {
            for (int i = 0; i < found.length; i += 2) {
                entries.add(text.text(found[i], (int) found[i + 1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /**
     * The translations of a noun entry, one list per sense in the entry's order; empty when the entry
     * is marked as another part of speech. The first line is the headword with its pronunciation and,
     * in some dictionaries, a part of speech in angle brackets ({@code <masc, n, sg>}, {@code <n, fem>},
     * {@code <pl>}); each further line is a sense (numbered {@code 1.} in some), with comma-separated
     * translations; examples (in quotes), notes, synonyms and cross-references are skipped, as are
     * labels in brackets and parentheses.
     */
    static List<List<String>> senses(String entry) {
        String[] lines = entry.split("\n");
        if (!isNoun(lines[0])) {
            return List.of();
        }
        List<List<String>> senses = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("\"") || line.startsWith("Note:") || line.startsWith("Synonym")
                    || line.startsWith("Antonym") || line.startsWith("see:") || line.startsWith("{")) {
                continue;
            }
            line = line.replaceFirst("^[0-9]+\\.\\s*", "");
            List<String> translations = new ArrayList<>();
            for (String item : splitTopLevel(line)) {
                String word = translation(item);
                if (!word.isEmpty()) {
                    translations.add(word);
                }
            }
            if (!translations.isEmpty()) {
                senses.add(translations);
            }
        }
        return senses;
    }

    /** A headword line with no part of speech, or one that lists a noun (n) or a plural (pl). */
    static boolean isNoun(String headline) {
        int open = headline.lastIndexOf('<');
        int close = headline.lastIndexOf('>');
        if (open < 0 || close < open) {
            return true;
        }
        for (String tag : headline.substring(open + 1, close).split(",")) {
            String t = tag.strip();
            if (t.equals("n") || t.equals("pl")) {
                return true;
            }
        }
        return false;
    }

    /** One translation: the text before its part-of-speech tag, without labels, pronunciations or ellipses. */
    private static String translation(String item) {
        String word = item;
        int tag = word.indexOf('<');
        if (tag >= 0) {
            word = word.substring(0, tag);
        }
        word = word.replaceAll("\\[[^\\]]*\\]", " ").replaceAll("\\([^)]*\\)", " ").replaceAll("/[^/]*/", " ")
                .replace('\u2010', '-').replace("…", " ").replace("...", " ");
        return word.strip().replaceAll("\\s+", " ");
    }

    /** Splits at commas and semicolons outside brackets and parentheses. */
    private static List<String> splitTopLevel(String line) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '(' || c == '[' || c == '<') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '>') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ';') && depth == 0) {
                items.add(line.substring(start, i));
                start = i + 1;
            }
        }
        items.add(line.substring(start));
        return items;
    }

    private static long base64(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = BASE64.indexOf(digits.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return digits.isEmpty() ? -1 : value;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
