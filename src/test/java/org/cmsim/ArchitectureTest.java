package org.cmsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between packages point one way: the domain model at the bottom, I/O and the models
 * above it, the comparison above those, then the study (one run of the comparison), its output
 * tables and its report, the CLI on top and depended on by nothing.
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
            Map.entry("competition", Set.of("model", "numeric", "design")),
            Map.entry("attention", Set.of("model", "numeric", "design")),
            Map.entry("conllu", Set.of("model", "io")),
            Map.entry("ndl", Set.of("model", "io")),
            Map.entry("compare", Set.of("model", "numeric", "design", "validity", "competition", "attention")),
            Map.entry("study", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "compare")),
            Map.entry("output", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "ndl", "compare", "study")),
            Map.entry("report", Set.of("model", "io", "numeric", "design", "validity", "competition", "attention",
                    "compare", "study")),
            Map.entry("sweep", Set.of("model", "io", "input", "report")),
            Map.entry("explain", Set.of("model", "io", "input", "numeric", "design", "competition", "attention",
                    "conllu")),
            Map.entry("bench", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "conllu", "ndl", "sweep")),
            Map.entry("cli", Set.of("model", "io", "input", "numeric", "design", "validity", "competition",
                    "attention", "compare", "study", "output", "report", "conllu", "ndl", "bench", "sweep",
                    "explain")));

    /** What cli/ may hold besides commands ({@code *Command}) and option mixins ({@code *Options}); ClassArchive and LearnEventsLine are Main's start-up. */
    private static final Set<String> CLI_EXTRAS = Set.of("Main", "ClassArchive", "LearnEventsLine", "ProgressPrinter", "Version");

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
}
