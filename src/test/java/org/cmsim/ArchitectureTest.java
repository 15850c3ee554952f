package org.cmsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cmsim.io.OutputNames;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between packages point one way: the domain model at the bottom, I/O and the models
 * above it, the comparison above those, then the study (one run of the comparison), its report, the
 * writers of every command's files ({@code output}), the CLI on top and depended on by nothing. The
 * CLI parses options, hands them to a study and its results to a writer, and prints: it writes no file
 * itself. Output file names have one home ({@link OutputNames}), and messages below the CLI speak of
 * settings, not of the options that set them.
 */
class ArchitectureTest {

    /**
     * Which cmsim packages each package may use. The two compared models are peers: the Competition Model's
     * rules ({@code competition}) and the attention head ({@code attention}) both stand on the sentences and
     * cues ({@code model}), the data shapes they learn from ({@code design}) and the numerics ({@code numeric}),
     * and neither sees the other; only {@code compare} and what is above it read both.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("numeric", Set.of()),
            Map.entry("io", Set.of()),
            Map.entry("design", Set.of("model", "numeric")),
            Map.entry("input", Set.of("model", "io")),
            Map.entry("validity", Set.of("model")),
            Map.entry("listener", Set.of("model", "io")),
            Map.entry("competition", Set.of("model", "numeric", "design")),
            Map.entry("attention", Set.of("model", "numeric", "design")),
            Map.entry("conllu", Set.of("model", "io", "listener")),
            Map.entry("ndl", Set.of("model", "io")),
            Map.entry("transfer", Set.of("model", "numeric", "design", "validity", "competition", "attention")),
            Map.entry("reactiontime", Set.of("model", "numeric", "competition")),
            Map.entry("compare", Set.of("model", "numeric", "design", "validity", "competition", "attention")),
            Map.entry("study", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "ndl", "compare", "transfer", "reactiontime")),
            Map.entry("output", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "conllu", "listener", "ndl", "compare", "study", "report", "explain", "bench",
                    "transfer", "reactiontime")),
            Map.entry("report", Set.of("model", "io", "numeric", "design", "validity", "competition", "attention",
                    "compare", "study", "transfer")),
            Map.entry("sweep", Set.of("model", "io", "input", "report")),
            Map.entry("explain", Set.of("model", "io", "input", "numeric", "design", "competition", "attention",
                    "conllu", "listener")),
            Map.entry("bench", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "conllu", "listener", "ndl", "sweep")),
            Map.entry("cli", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "compare", "study", "output", "report", "conllu", "listener", "ndl", "bench", "sweep",
                    "explain", "transfer", "reactiontime")));

    /** What cli/ may hold besides commands ({@code *Command}) and option mixins ({@code *Options}); ClassArchive and LearnEventsLine are Main's start-up. */
    private static final Set<String> CLI_EXTRAS = Set.of("Main", "ClassArchive", "LearnEventsLine", "ProgressPrinter", "Start",
            "Version");

    /** A use of a cmsim package in code: an import or a class name written out in full. */
    private static final Pattern USE = Pattern.compile("\\borg\\.cmsim\\.(\\w+)\\.");
    /** Comments and string literals, where a written-out name is no dependency. */
    private static final Pattern NOT_CODE = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:[^\"\\\\\\n]|\\\\.)*\"",
            Pattern.DOTALL);

    @Test
    void packagesDependOnlyDownward() throws IOException {
        Path root = Path.of("src/main/java/org/cmsim");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file).getName(0).toString();
                Set<String> allowed = ALLOWED.get(pkg);
                if (allowed == null) {
                    violations.add(file + ": package '" + pkg + "' has no place in ArchitectureTest.ALLOWED");
                    continue;
                }
                Matcher uses = USE.matcher(code(Files.readString(file)));
                while (uses.find()) {
                    String target = uses.group(1);
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(file + ": " + pkg + " imports " + target);
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    /** The source without comments and string literals (text blocks are rare and hold no code). */
    static String code(String source) {
        return NOT_CODE.matcher(source).replaceAll(" ");
    }

    @Test
    void aFullyWrittenClassNameCountsAsAUse() {
        Matcher uses = USE.matcher(code("""
                import java.util.List;
                /** See {@link org.cmsim.report.Html}. */
                class A { Object b = new org.cmsim.competition.RuleFit(); String s = "org.cmsim.cli.Main"; }
                """));
        List<String> found = new ArrayList<>();
        while (uses.find()) {
            found.add(uses.group(1));
        }
        assertEquals(List.of("competition"), found);
    }

    @Test
    void cliHoldsOnlyMainCommandsOptionsProgressAndVersion() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/cmsim/cli"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                if (!name.endsWith("Command") && !name.endsWith("Options") && !CLI_EXTRAS.contains(name)) {
                    strays.add(name);
                }
            }
        }
        assertTrue(strays.isEmpty(), "cli/ should only parse options and print; move these out: " + strays);
    }

    /**
     * What writes a file from Java: the writing methods of {@link Files}, cmsim's own atomic outputs (save
     * {@code OutputDirectory.jsonText}, which formats JSON for the terminal, and the exception type Main maps
     * to an exit code), and the JDK's file streams; a {@code PrintWriter} or {@code PrintStream} is allowed on
     * the terminal (System.out, System.err), on a string or on nothing.
     */
    private static final Pattern FILE_WRITING = Pattern.compile(
            "\\bFiles\\s*\\.\\s*(write|writeString|newOutputStream|newBufferedWriter|newByteChannel|createFile"
                    + "|createDirectory|createDirectories|createTempFile|createTempDirectory|createLink"
                    + "|createSymbolicLink|copy|move|delete|deleteIfExists|setAttribute|setPosixFilePermissions"
                    + "|setLastModifiedTime)\\s*\\("
                    + "|\\bOutputDirectory\\b(?!\\s*\\.\\s*(jsonText|OutputException)\\b)"
                    + "|\\bOutputFile\\b"
                    + "|\\b(FileWriter|FileOutputStream|RandomAccessFile|FileChannel|GZIPOutputStream|ZipOutputStream"
                    + "|ImageIO)\\b"
                    + "|\\bnew\\s+(java\\.io\\.)?(PrintWriter|PrintStream)\\s*\\((?!\\s*(System\\s*\\.\\s*(out|err)"
                    + "|(java\\.io\\.)?Writer\\s*\\.\\s*nullWriter\\s*\\(\\s*\\)"
                    + "|new\\s+(java\\.io\\.)?StringWriter\\s*\\(\\s*\\))\\s*[,)])");
    /** Import lines: naming a class is no use of it. */
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+[^;]+;");

    @Test
    void cliWritesNoFiles() throws IOException {
        List<String> writes = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/cmsim/cli"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher found = FILE_WRITING.matcher(withoutImports(code(Files.readString(file))));
                while (found.find()) {
                    writes.add(file.getFileName() + ": " + found.group());
                }
            }
        }
        assertTrue(writes.isEmpty(), "cli/ writes through the writers of output/; these write themselves: " + writes);
    }

    @Test
    void theFileWritingCheckTellsWritingFromPrinting() {
        for (String writes : List.of("Files.writeString(p, s);", "Files . write(p, b);", "Files.newOutputStream(p)",
                "Files.createDirectories(p);", "Files.deleteIfExists(p);", "OutputDirectory.create(dir, true)",
                "try (OutputDirectory out = o.open()) {", "OutputFile.write(p, c);", "new FileWriter(f)",
                "new java.io.FileOutputStream(f)", "new PrintWriter(path.toFile())", "new PrintStream(\"x.txt\")",
                "new GZIPOutputStream(stream)")) {
            assertTrue(FILE_WRITING.matcher(withoutImports(code(writes))).find(), writes);
        }
        for (String prints : List.of("new PrintWriter(System.out, true)", "new java.io.PrintWriter(java.io.Writer"
                        + ".nullWriter())", "new PrintWriter(new StringWriter())", "Files.exists(p)", "Files.list(dir)",
                "Files.readString(p)", "OutputDirectory.jsonText(value)", "catch (OutputDirectory.OutputException e)",
                "import org.cmsim.io.OutputDirectory;", "// Files.write(p, b)", "String s = \"Files.write\";")) {
            assertFalse(FILE_WRITING.matcher(withoutImports(code(prints))).find(), prints);
        }
    }

    private static String withoutImports(String code) {
        return IMPORT.matcher(code).replaceAll(" ");
    }

    /** Comments, character literals and string literals, read left to right; a string's content is group 1. */
    private static final Pattern TOKENS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*|'(?:[^'\\\\\\n]|\\\\.)*'"
            + "|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void outputFileNamesAreWrittenOnlyInOutputNames() throws Exception {
        Set<String> names = new java.util.TreeSet<>();
        for (Field field : OutputNames.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String name
                    && name.contains(".")) {
                names.add(name);
            }
        }
        // The playground's page template is a resource of that name, not the page a run writes.
        Map<String, Set<String>> allowed = Map.of("explain/Playground.java", Set.of(OutputNames.PLAYGROUND));
        List<String> copies = new ArrayList<>();
        forEachLiteral(Path.of("src/main/java/org/cmsim"), (file, literal) -> {
            if (names.contains(literal) && !file.equals("io/OutputNames.java")
                    && !allowed.getOrDefault(file, Set.of()).contains(literal)) {
                copies.add(file + ": \"" + literal + "\"");
            }
        });
        assertTrue(copies.isEmpty(), "name output files by their OutputNames constant: " + copies);
    }

    /**
     * Where a string may still name a command-line option: a sweep builds the command lines of its tasks, a
     * benchmark's name quotes the command line it times, and explain/'s --feature messages wait for its rewrite.
     */
    private static final Set<String> MAY_NAME_OPTIONS = Set.of("sweep/SweptCommand.java", "bench/Benchmarks.java",
            "explain/FeatureReader.java");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    @Test
    void messagesBelowTheCliSpeakOfSettingsNotOptions() throws IOException {
        List<String> options = new ArrayList<>();
        forEachLiteral(Path.of("src/main/java/org/cmsim"), (file, literal) -> {
            Matcher option = OPTION.matcher(literal);
            if (!file.startsWith("cli/") && !MAY_NAME_OPTIONS.contains(file) && option.find()) {
                options.add(file + ": " + option.group() + " in \"" + literal + "\"");
            }
        });
        assertTrue(options.isEmpty(), "outside cli/, name the setting; the CLI adds its option: " + options);
    }

    /** Calls {@code visit} with each main source's path below {@code root} (with '/') and each string literal in it. */
    private static void forEachLiteral(Path root, java.util.function.BiConsumer<String, String> visit)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                Matcher token = TOKENS.matcher(Files.readString(file));
                while (token.find()) {
                    if (token.group(1) != null) {
                        visit.accept(relative, token.group(1));
                    }
                }
            }
        }
    }
}
