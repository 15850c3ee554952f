package org.cmsim.conllu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.io.InputException;

/**
 * Streams the sentences of a CoNLL-U file (https://universaldependencies.org/format.html), one at a
 * time, so memory stays flat however large the treebank. Comment lines are skipped, and so are
 * multiword-token lines ({@code 1-2}) and empty nodes ({@code 1.1}): only syntactic words are kept.
 * Every token line must have the format's ten tab-separated columns, a numeric HEAD, and a HEAD
 * inside its sentence; anything else is an error at its line.
 */
public final class ConlluReader implements AutoCloseable {

    private static final int COLUMNS = 10;

    private final Path file;
    private final BufferedReader reader;
    private long line;
    private long bytes;

    private ConlluReader(Path file, BufferedReader reader) {
        this.file = file;
        this.reader = reader;
    }

    public static ConlluReader open(Path file) throws InputException {
        try {
            return new ConlluReader(file, Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw InputException.in(file, "no such file");
        } catch (IOException e) {
            throw InputException.in(file, "cannot read: %s", e.getMessage());
        }
    }

    /** Characters read so far (line ends counted as one), for throughput figures. */
    public long charactersRead() {
        return bytes;
    }

    /** A sentence: its words and its {@code # text = } comment (null when it has none). */
    public record Sentence(List<Token> tokens, String text) {
    }

    /** The next sentence, or null at the end of the file. */
    public Sentence next() throws InputException {
        List<Token> tokens = new ArrayList<>();
        String sentenceText = null;
        try {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                bytes += text.length() + 1;
                if (text.isBlank()) {
                    if (!tokens.isEmpty()) {
                        return new Sentence(checked(tokens), sentenceText);
                    }
                    continue;
                }
                if (text.charAt(0) == '#') {
                    if (text.startsWith("# text = ")) {
                        sentenceText = text.substring("# text = ".length());
                    }
                    continue;
                }
                Token token = parse(text);
                if (token != null) {
                    tokens.add(token);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens.isEmpty() ? null : new Sentence(checked(tokens), sentenceText);
    }

    /** One token line; null for a multiword token or an empty node. */
    private Token parse(String text) throws InputException {
        String[] columns = text.split("\t", -1);
        if (columns.length != COLUMNS) {
            throw InputException.at(file, line, "a CoNLL-U word line has %d tab-separated columns, this one has %d%s",
                    COLUMNS, columns.length, line == 1 || columns.length == 1 ? " (is this a CoNLL-U file?)" : "");
        }
        String id = columns[0];
        if (id.indexOf('-') >= 0 || id.indexOf('.') >= 0) {
            return null;
        }
        int number = integer(id, "ID");
        int head = integer(columns[6], "HEAD");
        return new Token(number, columns[1], columns[2], columns[3], feats(columns[5]), head, columns[7], line);
    }

    private int integer(String text, String column) throws InputException {
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw InputException.at(file, line, "column %s: '%s' is not a non-negative integer", column, text);
        }
    }

    /** FEATS as a map: {@code Case=Nom|Number=Sing} -> {Case: Nom, Number: Sing}; {@code _} is empty. */
    static Map<String, String> feats(String text) {
        if (text.equals("_") || text.isEmpty()) {
            return Map.of();
        }
        Map<String, String> feats = new HashMap<>();
        for (String pair : text.split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                feats.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return feats;
    }

    /** Every HEAD must name a word of the sentence (or 0, the root). */
    private List<Token> checked(List<Token> tokens) throws InputException {
        int size = tokens.size();
        for (int i = 0; i < size; i++) {
            Token token = tokens.get(i);
            if (token.id() != i + 1) {
                throw InputException.at(file, token.line(), "column ID: word %d where %d was expected", token.id(), i + 1);
            }
            if (token.head() > size) {
                throw InputException.at(file, token.line(), "column HEAD: %d points outside the sentence of %d words",
                        token.head(), size);
            }
        }
        return tokens;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
