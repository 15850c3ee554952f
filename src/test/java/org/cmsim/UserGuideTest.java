package org.cmsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.cmsim.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command the README and the user guide ({@code src/site/markdown/**}) show is run, and what it prints is
 * checked against what the page says it prints.
 *
 * <p>The conventions a page follows (also stated in {@code src/site/markdown/index.md}, "Writing these pages"):
 * <ul>
 *   <li>A command meant to be run sits in a {@code ```console} block, on a line starting with
 *       {@code $ ./cmsim}; a line ending in a backslash continues on the next. The lines after it, up to the
 *       next {@code $} line or the end of the block, are its output: stdout and stderr as one stream, as a
 *       terminal shows them. The shown lines must match the output from its first line to its last; a line
 *       {@code ...} stands for any number of lines (none included), and {@code ...} inside a line for any
 *       characters. Trailing spaces do not count.</li>
 *   <li>A line {@code # exit N} among the output lines says the command exits with N; otherwise it must exit
 *       0.</li>
 *   <li>Besides {@code ./cmsim}, a console block may show a file with {@code $ cat FILE}, {@code $ head -N FILE}
 *       or {@code $ zcat FILE | head -N}.</li>
 *   <li>Commands run in-process ({@link Main#execute}) from the repository root, each page's in page order,
 *       pages side by side on a few threads. Every
 *       argument that starts with {@code out/} or {@code runs/} is moved into a temporary folder, and that
 *       folder's path is taken out of what the commands print, so a page shows {@code out/tour} as a reader
 *       sees it. A command that writes anywhere else (an {@code --out} or {@code --lexicon} outside
 *       {@code out/} and {@code runs/}, or {@code run} without {@code --out}) is refused, unless the page says
 *       that it fails (an {@code --out .} that cmsim refuses).</li>
 *   <li>The same command line on several pages runs once; its output is checked against each page. Two
 *       different commands may not write the same output path, so each page can repeat the commands whose
 *       output it looks at and stay readable on its own.</li>
 *   <li>A {@code ./cmsim} command anywhere else, in a fenced block of another kind or in an inline code span,
 *       fails {@link #everyCommandShownIsChecked()}, with these exceptions: a command's name alone
 *       ({@code ./cmsim fit}); a synopsis, with a placeholder in capitals ({@code ./cmsim COMMAND --help}) or
 *       {@code ...}; a command some console block runs; and the few commands of {@link #UNCHECKED}, each with
 *       its reason, which may stand only in a fenced block whose info string says {@code unchecked}
 *       ({@code ```bash unchecked}) or in an inline span.</li>
 * </ul>
 */
class UserGuideTest {

    /** The guide's pages, and the README, which is its first page. */
    static final Path GUIDE = Path.of("src/site/markdown");
    static final Path README = Path.of("README.md");

    /** Commands the pages show but this test does not run, and why. */
    static final Map<String, String> UNCHECKED = Map.of(
            "./cmsim run", "the default run: five languages, about 17 s at best; the tour runs the same command on"
                    + " configs/illustrative.json, and RunCommandTest covers the default config",
            "./cmsim run configs/all.json", "all twelve corpora and four transfers, about a minute and a half; shown as the source of the results tables",
            "./cmsim run --out runs/readme", "the default run again, to regenerate the results tables",
            "./cmsim bench", "90 s, and its inputs live outside the repository",
            "./cmsim sweep configs/sweeps/l2.json --out out/l2 --engine spark", "needs the Spark engine's jar and Spark's"
                    + " libraries, which only the launcher puts on the class path",
            "./cmsim sweep configs/sweeps/l2.json --out out/l2-shard$SLURM_ARRAY_TASK_ID --shard $SLURM_ARRAY_TASK_ID/8"
                    + " --threads 4", "a batch job script: the shell fills in the array index",
            "./cmsim sweep-merge out/l2-shard* --out out/l2", "a batch job script: the shell expands the glob",
            "./cmsim recover --config configs/illustrative.json --design corpora/illustrative/design.csv --subjects 30"
                    + " --trials 10 --datasets 200 --sd 1 --random subject --seed 1 --out out/recover-sd",
            "200 mixed-model fits per data set size: minutes; the guide reports its numbers in a table",
            "./cmsim playground --out playground.html", "fits the default run's five languages the first time (ten to"
                    + " twenty seconds); ListenerCacheTest checks the languages it asks the cache for, and the page it writes"
                    + " carries the same listeners as the default run's own");

    /** Paths under these folders are written into the temporary folder. */
    private static final List<String> OUTPUT_ROOTS = List.of("out/", "runs/");

    /** Options whose value is a file or folder a command writes. */
    private static final Set<String> WRITES = Set.of("--out", "--lexicon");

    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*(.*)$");
    private static final Pattern EXIT = Pattern.compile("^# exit (\\d+)$");
    private static final Pattern INLINE = Pattern.compile("(`+)(.+?)\\1", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z][A-Z0-9_]*(\\.[A-Za-z]+)?");
    private static final Pattern COMMAND_NAME = Pattern.compile("\\./cmsim( [a-z][a-z-]*)?");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");

    @TempDir
    static Path work;

    /** What each command line has printed (or will have), so that a command shown on several pages runs once. */
    private static final Map<List<String>, CompletableFuture<Outcome>> RAN = new ConcurrentHashMap<>();

    /** Pages run side by side on this many threads (cmsim runs commands in parallel in one JVM, as sweeps do). */
    private static final int WORKERS = 3;

    private record Outcome(int code, String output) {
    }

    /** A page, with the lines of its Markdown. */
    record Page(Path path, List<String> lines) {

        String name() {
            return path.startsWith(GUIDE) ? GUIDE.relativize(path).toString() : path.toString();
        }

        URI source(int line) {
            return URI.create(path.toAbsolutePath().toUri() + "?line=" + line);
        }
    }

    /** A fenced block: its info string, and its lines with their line numbers (1-based) in the page. */
    record Block(Page page, String info, int firstLine, List<String> lines) {

        boolean console() {
            return info.split("\\s+")[0].equals("console");
        }
    }

    /** One command of a console block: where it is, what it says, and the output the page shows. */
    record Shown(Page page, int line, String command, List<String> expected, int exit) {

        String name() {
            return page.name() + ":" + line + ": " + command;
        }
    }

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static List<Page> pages() {
        try (Stream<Path> files = Files.walk(GUIDE)) {
            List<Path> paths = new ArrayList<>();
            paths.add(README);
            paths.addAll(files.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            List<Page> pages = new ArrayList<>();
            for (Path path : paths) {
                pages.add(new Page(path, Files.readAllLines(path, StandardCharsets.UTF_8)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> blocks(Page page) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String fence = open.group(1);
            int indent = lines.get(i).indexOf(fence);
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals(fence)) {
                // A block inside a list item is indented with its item; its lines are read without that indent.
                String line = lines.get(j);
                int strip = 0;
                while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                body.add(line.substring(strip));
                j++;
            }
            assertTrue(j < lines.size(), page.name() + ":" + (i + 1) + ": a fenced block that is never closed");
            blocks.add(new Block(page, open.group(2).strip(), i + 2, body));
            i = j;
        }
        return blocks;
    }

    /** The commands of a console block with the output shown after each. */
    static List<Shown> shown(Block block) {
        List<Shown> shown = new ArrayList<>();
        List<String> lines = block.lines();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!line.startsWith("$ ")) {
                assertTrue(line.isBlank(), block.page().name() + ":" + (block.firstLine() + i)
                        + ": a console block starts with a command ('$ ...'), not with " + line);
                i++;
                continue;
            }
            int at = block.firstLine() + i;
            StringBuilder command = new StringBuilder(line.substring(2).strip());
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                i++;
                command.append(' ').append(lines.get(i).strip().replaceFirst("^> ", ""));
            }
            i++;
            List<String> expected = new ArrayList<>();
            int exit = 0;
            while (i < lines.size() && !lines.get(i).startsWith("$ ")) {
                Matcher code = EXIT.matcher(lines.get(i).strip());
                if (code.matches()) {
                    exit = Integer.parseInt(code.group(1));
                } else {
                    expected.add(lines.get(i));
                }
                i++;
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isBlank()) {
                expected.remove(expected.size() - 1);
            }
            shown.add(new Shown(block.page(), at, command.toString().replaceAll("\\s+", " "), expected, exit));
        }
        return shown;
    }

    static List<Shown> allShown() {
        return pages().stream().flatMap(page -> blocks(page).stream()).filter(Block::console)
                .flatMap(block -> shown(block).stream()).toList();
    }

    /**
     * One container per page, one test per command. Each page's commands run in page order on a worker thread,
     * pages side by side; each test waits for its command and checks what it printed.
     */
    @TestFactory
    Stream<DynamicNode> everyCommandOfTheGuidePrintsWhatThePageShows() {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "user-guide");
            thread.setDaemon(true);
            return thread;
        });
        List<DynamicNode> nodes = new ArrayList<>();
        for (Page page : pages()) {
            List<Shown> commands = blocks(page).stream().filter(Block::console).flatMap(b -> shown(b).stream()).toList();
            if (commands.isEmpty()) {
                continue;
            }
            Map<Shown, CompletableFuture<Outcome>> outcomes = new LinkedHashMap<>();
            commands.forEach(shown -> outcomes.put(shown, new CompletableFuture<>()));
            pool.execute(() -> outcomes.forEach((shown, outcome) -> {
                try {
                    outcome.complete(outcome(shown));
                } catch (Throwable e) {
                    outcome.completeExceptionally(e);
                }
            }));
            Stream<DynamicTest> tests = commands.stream().map(shown -> DynamicTest.dynamicTest(shown.name(),
                    shown.page().source(shown.line()), () -> check(shown, await(outcomes.get(shown)))));
            nodes.add(DynamicContainer.dynamicContainer(page.name(), page.source(1), tests));
        }
        pool.shutdown();
        return nodes.stream();
    }

    /** What a command printed, run here or, when another page shows the same command, there. */
    private static Outcome outcome(Shown shown) throws IOException {
        List<String> words = words(shown.command());
        if (!words.get(0).equals("./cmsim")) {
            return new Outcome(0, show(shown, words));
        }
        List<String> args = arguments(shown, words.subList(1, words.size()));
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> first = RAN.putIfAbsent(args, mine);
        if (first != null) {
            return first.join();
        }
        try {
            Outcome outcome = cmsim(args);
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Outcome await(CompletableFuture<Outcome> outcome) throws Throwable {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            Throwable cause = e;
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw cause;
        }
    }

    private static void check(Shown shown, Outcome outcome) {
        String context = shown.name() + "\n--- the page shows:\n" + String.join("\n", shown.expected())
                + "\n--- the command printed:\n" + outcome.output();
        assertEquals(shown.exit(), outcome.code(), "exit code of " + context);
        if (!shown.expected().isEmpty()) {
            assertTrue(matches(shown.expected(), outcome.output().lines().toList()), context);
        }
    }

    /** The arguments of a cmsim command line, with its outputs moved into the temporary folder. */
    private static List<String> arguments(Shown shown, List<String> words) {
        List<String> args = new ArrayList<>();
        boolean hasOut = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String option = word.contains("=") && word.startsWith("--") ? word.substring(0, word.indexOf('=')) : word;
            if (WRITES.contains(option)) {
                hasOut |= option.equals("--out");
                String value = word.contains("=") ? word.substring(word.indexOf('=') + 1)
                        : i + 1 < words.size() ? words.get(i + 1) : "";
                assertTrue(OUTPUT_ROOTS.stream().anyMatch(value::startsWith) || shown.exit() != 0, shown.name()
                        + ": the guide writes only under out/ or runs/ (so that its commands can be run in a checkout"
                        + " and tested), not to " + value);
            }
            args.add(moved(word));
        }
        assertTrue(!words.get(0).equals("run") || hasOut || shown.exit() != 0 || words.contains("--help"),
                shown.name() + ": 'run' without --out writes into runs/ of the checkout; give --out runs/NAME");
        return args;
    }

    private static String moved(String word) {
        for (String root : OUTPUT_ROOTS) {
            if (word.startsWith(root)) {
                return work.resolve(word).toString();
            }
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0 && word.startsWith(root, eq + 1)) {
                return word.substring(0, eq + 1) + work.resolve(word.substring(eq + 1));
            }
        }
        return word;
    }

    private static Outcome cmsim(List<String> args) {
        StringWriter text = new StringWriter();
        PrintWriter both = new PrintWriter(text, true);
        int code = Main.execute(args.toArray(String[]::new), both, both);
        both.flush();
        String output = text.toString()
                .replace(work.toAbsolutePath() + "/", "")
                .replace(work.toAbsolutePath().toString(), ".")
                .replace(Path.of("").toAbsolutePath() + "/", "");
        return new Outcome(code, output);
    }

    /** The few shell commands a console block may use to show a file. */
    private static String show(Shown shown, List<String> words) throws IOException {
        String line = String.join(" ", words);
        Matcher head = Pattern.compile("head -(?:n )?(\\d+) (\\S+)").matcher(line);
        Matcher zcat = Pattern.compile("zcat (\\S+)(?: \\| head -(?:n )?(\\d+))?").matcher(line);
        Matcher cat = Pattern.compile("cat (\\S+)").matcher(line);
        if (head.matches()) {
            return lines(file(shown, head.group(2)), Integer.parseInt(head.group(1)));
        } else if (zcat.matches()) {
            Path file = file(shown, zcat.group(1));
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return zcat.group(2) == null ? text : text.lines().limit(Integer.parseInt(zcat.group(2)))
                        .collect(Collectors.joining("\n", "", "\n"));
            }
        } else if (cat.matches()) {
            return Files.readString(file(shown, cat.group(1)));
        }
        return fail(shown.name() + ": a console block runs ./cmsim, cat, head -N or zcat FILE | head -N; not this");
    }

    private static Path file(Shown shown, String name) {
        Path file = Path.of(moved(name));
        assertTrue(Files.isRegularFile(file), shown.name() + ": no file " + name
                + " (run the command that writes it earlier on the same page)");
        return file;
    }

    private static String lines(Path file, int n) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.limit(n).collect(Collectors.joining("\n", "", "\n"));
        }
    }

    /** Whether the shown lines match the actual lines from first to last, {@code ...} eliding. */
    static boolean matches(List<String> expected, List<String> actual) {
        List<String> trimmed = new ArrayList<>(actual.stream().map(String::stripTrailing).toList());
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
            trimmed.remove(trimmed.size() - 1);
        }
        return matches(expected.stream().map(String::stripTrailing).toList(), 0, trimmed, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).strip().equals("...")) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && lineMatches(expected.get(e), actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }

    static boolean lineMatches(String expected, String actual) {
        if (!expected.contains("...")) {
            return expected.equals(actual);
        }
        String regex = Stream.of(expected.split("\\.\\.\\.", -1)).map(Pattern::quote).collect(Collectors.joining(".*"));
        return actual.matches(regex);
    }

    /** Splits a command line as a shell would: spaces separate words, quotes group them, a backslash escapes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        assertEquals(0, quote, "an unclosed quote in: " + line);
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** No command reaches a reader untested: see the class comment for what may stand outside a console block. */
    @Test
    void everyCommandShownIsChecked() {
        List<Page> pages = pages();
        Set<String> run = allShown().stream().map(Shown::command).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Page page : pages) {
            List<Block> blocks = blocks(page);
            for (Block block : blocks) {
                if (block.console()) {
                    continue;
                }
                boolean unchecked = List.of(block.info().split("\\s+")).contains("unchecked");
                for (String command : commandsIn(block.lines())) {
                    String at = page.name() + ":" + block.firstLine() + ": ";
                    if (!unchecked) {
                        problems.add(at + "'" + command + "' stands in a ```" + block.info() + " block: put it in a"
                                + " ```console block with its output, or mark the block 'unchecked' and list it in"
                                + " UserGuideTest.UNCHECKED with the reason");
                    } else if (!UNCHECKED.containsKey(command)) {
                        problems.add(at + "'" + command + "' is in an unchecked block but not in UserGuideTest.UNCHECKED");
                    } else {
                        used.add(command);
                    }
                }
            }
            String prose = prose(page, blocks);
            Matcher span = INLINE.matcher(prose);
            while (span.find()) {
                String text = span.group(2).replaceAll("\\s+", " ").strip();
                int start = text.indexOf("./cmsim");
                if (start < 0) {
                    continue;
                }
                String command = text.substring(start);
                if (UNCHECKED.containsKey(command)) {
                    used.add(command);
                } else if (!COMMAND_NAME.matcher(command).matches() && !synopsis(command) && !run.contains(command)) {
                    int line = (int) prose.substring(0, span.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(page.name() + ":" + line + ": '" + command + "' is shown inline but no console block"
                            + " runs it; show it in a ```console block with its output (or write it as a synopsis,"
                            + " with placeholders in capitals)");
                }
            }
        }
        Set<String> stale = new TreeSet<>(UNCHECKED.keySet());
        stale.removeAll(used);
        stale.forEach(command -> problems.add("UNCHECKED lists '" + command + "', which no page shows any more"));
        assertEquals(List.of(), problems);
    }

    /** The commands on lines of a block that mention ./cmsim, with continuation lines joined and comments cut. */
    private static List<String> commandsIn(List<String> lines) {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int start = line.indexOf("./cmsim");
            if (start < 0) {
                continue;
            }
            StringBuilder command = new StringBuilder(line.substring(start).strip());
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            commands.add(command.toString().replaceFirst("\\s+#\\s.*$", "").replaceAll("\\s+", " ").strip());
        }
        return commands;
    }

    /** The page's text outside fenced blocks (blank lines in their place, so line numbers stay). */
    private static String prose(Page page, List<Block> blocks) {
        List<String> lines = new ArrayList<>(page.lines());
        for (Block block : blocks) {
            for (int i = block.firstLine() - 2; i < block.firstLine() + block.lines().size(); i++) {
                lines.set(i, "");
            }
        }
        return String.join("\n", lines);
    }

    /** A synopsis: a placeholder in capitals (DIR, FILE, COMMAND) or an ellipsis stands for what to give. */
    private static boolean synopsis(String command) {
        return command.contains("...") || words(command.replace("'", "")).stream().anyMatch(w -> PLACEHOLDER.matcher(w).matches());
    }

    /** Links between the pages, and to files of the repository, lead somewhere: to a file, and to a heading of it. */
    @Test
    void everyLinkLeadsToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Page page : pages()) {
            String prose = prose(page, blocks(page));
            Matcher link = LINK.matcher(prose);
            while (link.find()) {
                String target = link.group(1);
                if (target.contains("://") || target.startsWith("mailto:")) {
                    continue;
                }
                Path resolved = page.path().resolveSibling(target).normalize();
                String anchor = link.group(2) == null ? null : link.group(2).substring(1);
                if (!Files.exists(resolved)) {
                    broken.add(page.name() + ": " + target);
                } else if (anchor != null && target.endsWith(".md") && !anchors(resolved).contains(anchor)) {
                    broken.add(page.name() + ": " + target + "#" + anchor + " (no such heading)");
                }
            }
            Matcher local = Pattern.compile("\\]\\(#([^)\\s]+)\\)").matcher(prose);
            while (local.find()) {
                if (!anchors(page.path()).contains(local.group(1))) {
                    broken.add(page.name() + ": #" + local.group(1) + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The anchors GitHub makes of a page's headings: lower case, punctuation dropped, spaces made hyphens. */
    static Set<String> anchors(Path page) throws IOException {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                String text = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** Each output path is written by one command line, so pages can repeat commands without clashing. */
    @Test
    void eachOutputHasOneCommand() {
        Map<String, Set<String>> writers = new LinkedHashMap<>();
        for (Shown shown : allShown()) {
            List<String> words = words(shown.command());
            for (int i = 0; i + 1 < words.size(); i++) {
                if (WRITES.contains(words.get(i)) && !words.contains("--force")) {
                    writers.computeIfAbsent(words.get(i + 1), k -> new TreeSet<>()).add(shown.command());
                }
            }
        }
        writers.values().removeIf(commands -> commands.size() == 1);
        assertEquals(Map.of(), writers, "output paths written by more than one command");
    }

    /** The README is the page a newcomer reads first: it stays short, and the rest is in the guide. */
    @Test
    void theReadmeFitsOnAFewScreens() throws IOException {
        long lines = Files.readAllLines(README).size();
        assertTrue(lines <= 200, "README.md has " + lines + " lines; move detail to src/site/markdown");
    }

    /** Both exit-code tables list exactly the codes the program has: 0 and every {@code Main.EXIT_*}. */
    @Test
    void exitCodeTablesListEveryCodeTheProgramHas() throws IOException, IllegalAccessException {
        Set<Integer> program = new TreeSet<>(List.of(0));
        for (java.lang.reflect.Field field : Main.class.getFields()) {
            if (field.getName().startsWith("EXIT_") && field.getType() == int.class) {
                program.add(field.getInt(null));
            }
        }
        for (Path page : List.of(README, GUIDE.resolve("exit-codes.md"))) {
            Set<Integer> table = new TreeSet<>();
            Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\|").matcher(Files.readString(page));
            while (row.find()) {
                table.add(Integer.parseInt(row.group(1)));
            }
            assertEquals(program, table, page + ": the exit-code table");
        }
    }

    /** The matcher itself, on the cases the pages rely on. */
    @Test
    void excerptsMatchAsDocumented() {
        List<String> out = List.of("a", "b", "c  ", "d");
        assertTrue(matches(List.of("a", "b", "c", "d"), out));
        assertTrue(matches(List.of("a", "...", "d"), out));
        assertTrue(matches(List.of("...", "c"), List.of("a", "b", "c", "")));
        assertTrue(matches(List.of("a", "...", "b", "...", "d"), out));
        assertTrue(matches(List.of("a", "...", "b", "c", "d", "..."), out));
        assertTrue(matches(List.of("a", "b", "...", "c", "d"), out), "... may stand for no line");
        assertTrue(!matches(List.of("a", "c", "d"), out), "without ... the lines follow each other");
        assertTrue(!matches(List.of("a", "b"), out), "without ... the excerpt reaches the last line");
        assertTrue(!matches(List.of("b", "...", "d"), out), "without ... the excerpt starts at the first line");
        assertTrue(lineMatches("wrote ... (open ...)", "wrote out/a (open out/a/report.html)"));
        assertTrue(!lineMatches("wrote ...x", "wrote out/a"));
        assertEquals(List.of("explain", "the pencil kicks the cow", "--language", "english"),
                words("explain \"the pencil kicks the cow\" --language english"));
        assertEquals(List.of("a b", "c\"d", "e f"), words("'a b' \"c\\\"d\" e\\ f"));
    }
}
