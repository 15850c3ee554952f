package org.cmsim.conllu;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * WordNet's noun animacy table ({@link WordNetAnimacyTable}), kept in the user's cache directory
 * ({@code $XDG_CACHE_HOME/cmsim}, else {@code ~/.cache/cmsim}; the system property
 * {@code cmsim.cache} overrides it) so that it is computed once per machine. The file name carries
 * the WordNet version, the sizes of the two WordNet files it is computed from, the animate roots and
 * the table format: a different WordNet or rule gets a new file. A cache that cannot be written is
 * not an error: the table is then computed in memory for this run.
 */
final class AnimacyTableCache {

    /** Raised when the rule or the file format changes, so that older tables are not read. */
    private static final int FORMAT = 3;

    private final Path directory;

    AnimacyTableCache(Path directory) {
        this.directory = directory;
    }

    static AnimacyTableCache defaultCache() {
        String property = System.getProperty("cmsim.cache");
        if (property != null && !property.isBlank()) {
            return new AnimacyTableCache(Path.of(property));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new AnimacyTableCache(base.resolve("cmsim"));
    }

    /** The file this WordNet's table is kept in. */
    Path file() {
        String key = "wn31-" + size("data.noun") + "-" + size("index.noun") + "-" + size("index.sense") + "-"
                + Integer.toHexString(String.join(",", WordNetAnimacyTable.ANIMATE_ROOTS).hashCode()) + "-v" + FORMAT;
        return directory.resolve("wordnet-noun-animacy-" + key + ".tsv");
    }

    /** The table: read from the cache when there, else computed and (when possible) cached. */
    Map<String, WordNetAnimacyTable.Noun> table() {
        Path file = file();
        if (Files.isRegularFile(file)) {
            Map<String, WordNetAnimacyTable.Noun> table = read(file);
            if (table != null) {
                return table;
            }
        }
        Map<String, WordNetAnimacyTable.Noun> table = WordNetAnimacyTable.compute();
        write(table, file);
        return table;
    }

    /** Null when the file is unreadable or truncated (its last line is the entry count). */
    private static Map<String, WordNetAnimacyTable.Noun> read(Path file) {
        Map<String, WordNetAnimacyTable.Noun> table = new HashMap<>(300_000);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("# entries ")) {
                    return Long.parseLong(line.substring(10)) == table.size() ? table : null;
                }
                int second = line.indexOf('\t', tab + 1);
                int third = line.indexOf('\t', second + 1);
                if (tab > 0 && second > tab && third > second && !line.startsWith("#")) {
                    table.put(line.substring(0, tab), new WordNetAnimacyTable.Noun(line.charAt(tab + 1) == 'a',
                            Integer.parseInt(line.substring(second + 1, third)),
                            line.charAt(third + 1) == 'i' ? WordNetAnimacyTable.FirstSense.INSTANCE
                                    : WordNetAnimacyTable.FirstSense.CLASS));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Written to a temporary sibling and moved into place, so readers never see half a table. */
    private static void write(Map<String, WordNetAnimacyTable.Noun> table, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
            temporary.toFile().deleteOnExit();
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write("# WordNet 3.1 noun animacy (first sense under " + String.join(", ",
                        WordNetAnimacyTable.ANIMATE_ROOTS) + "): lemma, animacy, first sense's tag count, class or"
                        + " instance; written by cmsim; a cache, safe to delete\n");
                for (Map.Entry<String, WordNetAnimacyTable.Noun> entry : new TreeMap<>(table).entrySet()) {
                    writer.write(entry.getKey() + '\t' + (entry.getValue().animate() ? "animate" : "inanimate") + '\t'
                            + entry.getValue().firstSenseCount() + '\t'
                            + entry.getValue().firstSense().name().toLowerCase(java.util.Locale.ROOT) + '\n');
                }
                writer.write("# entries " + table.size() + "\n");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            // A read-only or missing home: the table stays in memory for this run only.
        }
    }

    private static long size(String file) {
        try {
            return WordNetAnimacyTable.resource(file).openConnection().getContentLengthLong();
        } catch (IOException e) {
            return -1;
        }
    }
}
