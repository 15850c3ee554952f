package org.cmsim.conllu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;
import org.cmsim.io.LineReader;

/**
 * Streams the sentences of a CoNLL-U file (https://universaldependencies.org/format.html), one at a
 * time, so memory stays flat however large the treebank. Comment lines are skipped, and so are
 * multiword-token lines ({@code 1-2}) and empty nodes ({@code 1.1}): only syntactic words are kept.
 * Every token line must have the format's ten tab-separated columns, a numeric HEAD, and a HEAD
 * inside its sentence; anything else is an error at its line. A byte-order mark at the start is skipped.
 *
 * <p>The file is read as bytes and split on tabs and line ends without decoding whole lines, so a
 * large treebank costs little more than its reading.
 */
public final class ConlluReader implements AutoCloseable {

    private static final int COLUMNS = 10;
    private static final byte[] TEXT_COMMENT = "# text = ".getBytes(StandardCharsets.UTF_8);
    private static final String METADATA_SEPARATOR = " = ";
    /** UTF-8's byte-order mark, which some editors write at the start of a file; skipped, as the CSV reader does. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final InputStream in;
    private byte[] buffer = new byte[1 << 20];
    private int filled;
    private int position;
    private boolean end;
    private long line;
    private long bytes;
    private final int[] tabs = new int[COLUMNS];

    private ConlluReader(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    public static ConlluReader open(Path file) throws InputException {
        if (Files.isDirectory(file)) {
            throw InputException.in(file, "is a directory; give the CoNLL-U files inside it");
        }
        try {
            return new ConlluReader(file, Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
    }

    /** Bytes read so far, for throughput figures. */
    public long charactersRead() {
        return bytes;
    }

    /**
     * A sentence: its words, its {@code # text = } comment (null when it has none), and its metadata:
     * every comment of the form {@code # key = value} ({@code sent_id}, {@code speaker_role}, ...).
     */
    public record Sentence(List<Token> tokens, String text, Map<String, String> metadata) {

        /** The metadata value, or null when the sentence has no such comment. */
        public String meta(String key) {
            return metadata.get(key);
        }
    }

    /** The next sentence, or null at the end of the file. */
    public Sentence next() throws InputException {
        List<Token> tokens = new ArrayList<>();
        String sentenceText = null;
        Map<String, String> metadata = new HashMap<>();
        int start;
        while ((start = nextLine()) >= 0) {
            int stop = lineEnd;
            if (isBlank(start, stop)) {
                if (!tokens.isEmpty()) {
                    return new Sentence(checked(tokens), sentenceText, metadata);
                }
                continue;
            }
            if (buffer[start] == '#') {
                if (startsWith(start, stop, TEXT_COMMENT)) {
                    sentenceText = new String(buffer, start + TEXT_COMMENT.length, stop - start - TEXT_COMMENT.length,
                            StandardCharsets.UTF_8);
                }
                String comment = text(start + 1, stop);
                int separator = comment.indexOf(METADATA_SEPARATOR);
                if (separator > 0) {
                    metadata.put(comment.substring(0, separator).strip(),
                            comment.substring(separator + METADATA_SEPARATOR.length()).strip());
                }
                continue;
            }
            Token token = parse(start, stop);
            if (token != null) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty() && line == 0) {
            throw InputException.in(file, "the file is empty: a CoNLL-U treebank has at least one sentence");
        }
        return tokens.isEmpty() ? null : new Sentence(checked(tokens), sentenceText, metadata);
    }

    private int lineEnd;

    /**
     * Start of the next line in the buffer (its end, without \r\n, in {@link #lineEnd}), or -1 at the
     * end; a line that is not UTF-8 or longer than {@link LineReader#MAX_LINE_BYTES} is an error.
     */
    private int nextLine() throws InputException {
        long before = bytes;
        int start = readLine();
        if (start >= 0 && line == 1 && startsWith(start, lineEnd, BYTE_ORDER_MARK)) {
            start += BYTE_ORDER_MARK.length;
        }
        if (start >= 0) {
            int bad = LineReader.firstInvalid(buffer, start, lineEnd);
            if (bad >= 0) {
                throw LineReader.invalid(file, line, Arrays.copyOfRange(buffer, start, lineEnd), lineEnd - start,
                        before);
            }
        }
        return start;
    }

    private int readLine() throws InputException {
        try {
            while (true) {
                for (int i = position; i < filled; i++) {
                    if (buffer[i] == '\n') {
                        int start = position;
                        position = i + 1;
                        line++;
                        bytes += i + 1 - start;
                        lineEnd = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                        return start;
                    }
                }
                if (end) {
                    if (position < filled) {
                        int start = position;
                        line++;
                        bytes += filled - start;
                        lineEnd = filled > start && buffer[filled - 1] == '\r' ? filled - 1 : filled;
                        position = filled;
                        return start;
                    }
                    return -1;
                }
                // Keep the unfinished line and read more; a line longer than the buffer grows it.
                int rest = filled - position;
                if (position == 0 && rest == buffer.length) {
                    if (buffer.length > LineReader.MAX_LINE_BYTES) {
                        throw InputException.at(file, line + 1, "the line is longer than %d bytes, the longest line"
                                + " cmsim reads (is this a CoNLL-U file?)", LineReader.MAX_LINE_BYTES);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(2L * buffer.length, LineReader.MAX_LINE_BYTES + 1L));
                } else {
                    System.arraycopy(buffer, position, buffer, 0, rest);
                }
                filled = rest;
                position = 0;
                int read = in.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    end = true;
                } else {
                    filled += read;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One token line; null for a multiword token or an empty node. */
    private Token parse(int start, int stop) throws InputException {
        int found = 0;
        for (int i = start; i < stop; i++) {
            if (buffer[i] == '\t') {
                if (found == tabs.length) {
                    found++;
                    break;
                }
                tabs[found++] = i;
            }
        }
        if (found != COLUMNS - 1) {
            int columns = found + 1;
            if (found > COLUMNS - 1) {
                columns = 1;
                for (int i = start; i < stop; i++) {
                    columns += buffer[i] == '\t' ? 1 : 0;
                }
            }
            throw InputException.at(file, line, "a CoNLL-U word line has %d tab-separated columns, this one has %d%s",
                    COLUMNS, columns, line == 1 || columns == 1 ? " (is this a CoNLL-U file?)" : "");
        }
        for (int i = start; i < tabs[0]; i++) {
            if (buffer[i] == '-' || buffer[i] == '.') {
                return null;
            }
        }
        int id = integer(start, tabs[0], "ID");
        int head = integer(tabs[5] + 1, tabs[6], "HEAD");
        return new Token(id, text(tabs[0] + 1, tabs[1]), text(tabs[1] + 1, tabs[2]), ascii(tabs[2] + 1, tabs[3]),
                ascii(tabs[4] + 1, tabs[5]), head, ascii(tabs[6] + 1, tabs[7]), line);
    }

    private String text(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * UPOS, FEATS and DEPREL are ASCII in Universal Dependencies; read as Latin-1 a byte is a char,
     * so the string is a plain copy. A non-ASCII byte would only make an unknown tag or feature.
     */
    private String ascii(int from, int to) {
        return new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private int integer(int from, int to, String column) throws InputException {
        long value = 0;
        boolean digits = to > from;
        for (int i = from; i < to && digits; i++) {
            byte b = buffer[i];
            digits = b >= '0' && b <= '9';
            value = value * 10 + (b - '0');
        }
        if (!digits || to - from >= 10) {
            String text = text(from, to);
            if (!text.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
                throw InputException.notANumber(file, line, column, text);
            }
            throw InputException.at(file, line, "column %s: \"%s\" is not a word number (a whole number from 0 to"
                    + " 999999999)", column, text);
        }
        return (int) value;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(buffer, from, from + prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The sentence must be a tree (CoNLL-U format, "Syntactic annotation"): IDs count up from 1, every
     * HEAD names a word of the sentence or 0, exactly one word has HEAD 0 and it has DEPREL root (and
     * no other word has), no word is its own head, and following HEADs from any word reaches the root.
     */
    private List<Token> checked(List<Token> tokens) throws InputException {
        int size = tokens.size();
        List<Token> roots = new ArrayList<>(1);
        for (int i = 0; i < size; i++) {
            Token token = tokens.get(i);
            if (token.id() != i + 1) {
                throw InputException.at(file, token.line(), "column ID: word %d where %d was expected", token.id(), i + 1);
            }
            if (token.head() > size) {
                throw InputException.at(file, token.line(), "column HEAD: %d points outside the sentence of %d words",
                        token.head(), size);
            }
            if (token.head() == token.id()) {
                throw InputException.at(file, token.line(), "column HEAD: word %d is its own head", token.id());
            }
            if (token.head() == 0) {
                roots.add(token);
            }
        }
        // Without a word of HEAD 0 every walk up the HEADs ends in a cycle, so the cycle is what is reported.
        checkAcyclic(tokens, roots.isEmpty());
        if (roots.size() > 1) {
            throw InputException.at(file, roots.get(1).line(),
                    "column HEAD: a second root: word %d has HEAD 0, and so has word %d", roots.get(1).id(),
                    roots.get(0).id());
        }
        for (Token token : tokens) {
            boolean rootRelation = token.deprel().equals("root");
            if (token.head() == 0 && !rootRelation) {
                throw InputException.at(file, token.line(), "column DEPREL: word %d has HEAD 0 but DEPREL '%s', not root",
                        token.id(), token.deprel());
            }
            if (token.head() != 0 && rootRelation) {
                throw InputException.at(file, token.line(), "column HEAD: word %d has DEPREL root but HEAD %d, not 0",
                        token.id(), token.head());
            }
        }
        return tokens;
    }

    /** Follows HEADs from every word; a walk that comes back to a word of its own path is a cycle. */
    private void checkAcyclic(List<Token> tokens, boolean noRoot) throws InputException {
        final byte unseen = 0;
        final byte onPath = 1;
        final byte reachesRoot = 2;
        byte[] state = new byte[tokens.size() + 1];
        state[0] = reachesRoot;
        for (Token start : tokens) {
            int word = start.id();
            while (state[word] == unseen) {
                state[word] = onPath;
                word = tokens.get(word - 1).head();
            }
            if (state[word] == onPath) {
                List<Integer> cycle = new ArrayList<>();
                for (int w = word; !cycle.contains(w); w = tokens.get(w - 1).head()) {
                    cycle.add(w);
                }
                throw InputException.at(file, tokens.get(word - 1).line(),
                        "column HEAD: words %s form a cycle that never reaches the root%s", cycle,
                        noRoot ? "; no word has HEAD 0, so the sentence has no root" : "");
            }
            for (int w = start.id(); state[w] == onPath; w = tokens.get(w - 1).head()) {
                state[w] = reachesRoot;
            }
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
