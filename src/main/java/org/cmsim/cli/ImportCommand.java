package org.cmsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cmsim.conllu.AnimacySources;
import org.cmsim.conllu.SkipReason;
import org.cmsim.conllu.TreebankImport;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-conllu", mixinStandardHelpOptions = true,
        header = "Count active transitive clauses of CoNLL-U treebanks into a corpus.",
        description = {"Count the active transitive clauses of Universal Dependencies treebanks into a sentence"
                + " corpus: distinct patterns of order, noun and verb features and agent, with counts (no text).",
            "Example: cmsim import-conllu ../shared/ud/de_gsd-ud-dev.conllu"
                + " ../shared/ud/de_gsd-ud-test.conllu --lang de --out corpora/german/corpus.csv"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TREEBANK", description = "CoNLL-U files, read in the order given.")
    List<Path> treebanks;

    @Option(names = "--lang", required = true, paramLabel = "L",
            description = "ISO 639-1 language code (en uses WordNet for noun animacy; all have a pronoun table).")
    String language;

    @Option(names = "--out", required = true, paramLabel = "CORPUS.csv", description = "Sentence corpus to write.")
    Path out;

    @Option(names = "--animacy-lexicon", paramLabel = "FILE", description = "CSV lemma,animacy for nouns the other sources miss.")
    Path lexicon;

    @Option(names = "--keep-text", description = "Add a text column with one example sentence per pattern (your own treebanks only).")
    boolean keepText;

    @Option(names = "--force", description = "Replace CORPUS.csv if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        OutputFile.check(out, force, lexicon == null ? treebanks : Stream.concat(treebanks.stream(), Stream.of(lexicon))
                .toList()).forEach(line -> spec.commandLine().getErr().println("cmsim: " + line));
        AnimacySources animacy = AnimacySources.forLanguage(language, lexicon);
        TreebankImport.Result result = TreebankImport.run(treebanks, animacy, keepText);
        write(result);
        report(result, spec.commandLine().getOut());
        spec.commandLine().getOut().println("animacy sources used: " + animacy.describe());
        return Main.EXIT_OK;
    }

    /** Written through a temporary sibling, so a failed import leaves no half-written corpus. */
    private void write(TreebankImport.Result result) throws IOException, OutputException {
        StringBuilder csv = csv(result);
        OutputFile.write(out, stream -> stream.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private StringBuilder csv(TreebankImport.Result result) {
        StringBuilder csv = new StringBuilder();
        csv.append("# ").append(result.clauses()).append(" active transitive clauses from ")
                .append(result.sentences()).append(" sentences, imported by cmsim import-conllu --lang ")
                .append(language).append('\n');
        csv.append(String.join(",", TreebankImport.COLUMNS)).append(",count").append(keepText ? ",text" : "")
                .append('\n');
        for (Map.Entry<String, Long> pattern : result.patterns()) {
            csv.append(pattern.getKey()).append(',').append(pattern.getValue());
            if (keepText) {
                String text = result.texts().getOrDefault(pattern.getKey(), "");
                csv.append(",\"").append(text.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        return csv;
    }

    private void report(TreebankImport.Result result, PrintWriter print) {
        print.printf("read %d sentences (%d VERB tokens): %d active transitive clauses in %d patterns -> %s%n",
                result.sentences(), result.verbs(), result.clauses(), result.patterns().size(), out);
        print.println("VERB tokens skipped, by reason:");
        TreebankImport.allReasons(result.skipped()).forEach((SkipReason reason, Long count) ->
                print.printf("  %8d  %s%n", count, reason.description()));
        Map<String, Long> animacy = result.animacy();
        long nouns = animacy.values().stream().mapToLong(Long::longValue).sum();
        long annotated = animacy.get(AnimacySources.ANNOTATION);
        long known = nouns - animacy.get(AnimacySources.UNKNOWN);
        print.printf("animacy of the %d argument nouns: known %.1f%% from the annotation, %.1f%% after the other"
                + " sources%n", nouns, percent(annotated, nouns), percent(known, nouns));
        animacy.forEach((source, count) -> print.printf("  %8d  %s%n", count, source));
        print.println("feature values seen (declare them in the config):");
        result.values().forEach((feature, values) -> print.printf("  %s: %s%n", feature, String.join(", ", values)));
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
