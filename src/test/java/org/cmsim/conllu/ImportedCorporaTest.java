package org.cmsim.conllu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cmsim.cli.MainAccess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped real-language corpora are exactly what the importer makes of the treebanks: each
 * corpus README's regenerate command is run (with the output redirected) and the corpus, its word
 * list and its clause trace compared byte for byte. Skipped where the treebanks (../shared/ud) are not beside the repository.
 */
class ImportedCorporaTest {

    static final Path TREEBANKS = Path.of("../shared/ud");
    static final Pattern COMMAND = Pattern.compile("\\./cmsim (import-conllu [^\\n]+)");

    @TempDir
    Path dir;

    static final Pattern LEXICON = Pattern.compile("--lexicon (\\S+)");

    @ParameterizedTest
    @ValueSource(strings = {"english", "german", "italian", "french", "russian", "spanish", "dutch", "japanese",
        "serbian", "croatian", "english-childes-directed", "english-childes-children"})
    void shippedCorpusIsRegeneratedByteForByte(String language) throws Exception {
        assumeTrue(Files.isDirectory(TREEBANKS), "treebanks not available in ../shared/ud");
        Path shipped = Path.of("corpora", language, "corpus.csv");
        Matcher command = COMMAND.matcher(Files.readString(Path.of("corpora", language, "README.md")));
        assertEquals(true, command.find(), "the README gives the regenerate command");
        Path regenerated = dir.resolve(language + ".csv");
        String line = command.group(1).replace("corpora/" + language + "/corpus.csv", regenerated.toString());
        Matcher lexicon = LEXICON.matcher(line);
        Path shippedLexicon = null;
        Path regeneratedLexicon = null;
        if (lexicon.find()) {
            shippedLexicon = Path.of(lexicon.group(1));
            regeneratedLexicon = dir.resolve(shippedLexicon.getFileName());
            line = line.replace(lexicon.group(1), regeneratedLexicon.toString());
        }
        String[] args = line.split(" ");
        assertEquals(0, MainAccess.run(args), String.join(" ", args));
        assertEquals(Files.readString(shipped), Files.readString(regenerated), shipped.toString());
        Path clauses = Path.of("corpora", language, "clauses.csv.gz");
        assertEquals(true, Arrays.equals(Files.readAllBytes(clauses), Files.readAllBytes(dir.resolve(language + ".clauses.csv.gz"))),
                clauses + " byte for byte");
        if (shippedLexicon != null) {
            assertEquals(true, Arrays.equals(Files.readAllBytes(shippedLexicon), Files.readAllBytes(regeneratedLexicon)),
                    shippedLexicon + " byte for byte");
        }
    }
}
