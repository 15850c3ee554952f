package org.cmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cmsim.conllu.AnimacySources;
import org.cmsim.conllu.ImportSettings;
import org.cmsim.conllu.OrderRule;
import org.cmsim.conllu.SentenceFilter;
import org.cmsim.conllu.SkipReason;
import org.cmsim.conllu.TreebankImport;
import org.cmsim.io.OutputNames;
import org.cmsim.output.FileTarget;
import org.cmsim.output.ImportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-conllu", mixinStandardHelpOptions = true,
        header = "Count the transitive clauses of CoNLL-U treebanks into a corpus, as a listener hears them.",
        description = {"Count the transitive clauses (active, and passives with an expressed agent) of Universal"
                + " Dependencies treebanks into a sentence corpus: distinct patterns of order, noun and verb features and"
                + " agent, with counts, the treebank (source) and genre of each (no text). The treebank decides the"
                + " clause and the agent; every feature is read from the words' forms (a morphological dictionary where"
                + " the language has one). Beside the corpus: clauses.csv.gz (NAME.clauses.csv.gz beside NAME.csv), where each"
                + " clause is in its treebank. The"
                + " clause rules are listed in corpora/README.md.",
            "Example: cmsim import-conllu ../shared/ud/de_gsd-ud-dev.conllu"
                + " ../shared/ud/de_gsd-ud-test.conllu --lang de --out corpora/german/corpus.csv"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TREEBANK", description = "CoNLL-U files, read in the order given.")
    List<Path> treebanks;

    @Option(names = "--lang", required = true, paramLabel = "L",
            description = "ISO 639-1 language code: selects the morphological dictionary, the animacy sources (en uses"
                    + " WordNet), the expletive, case-particle, clitic and passive tables.")
    String language;

    @Option(names = "--out", required = true, paramLabel = "CORPUS.csv", description = "Sentence corpus to write.")
    Path out;

    @Option(names = "--order-by", paramLabel = "VERB", defaultValue = "finite",
            description = "Which verb the word order is read from: finite (the first finite auxiliary, else the verb;"
                    + " the default) or lexical (the lexical verb, as the first corpora did).")
    String orderBy;

    @Option(names = "--where", paramLabel = "KEY=VALUE|KEY!=VALUE",
            description = "Keep only sentences whose metadata comment (# KEY = VALUE) has (=) or has not (!=) the value;"
                    + " repeatable, all must hold. Example: --where speaker_role!=Target_Child")
    List<String> where = new ArrayList<>();

    @Option(names = "--genre", paramLabel = "SOURCE=GENRE",
            description = "Genre of a treebank the built-in table does not know (SOURCE is the file name up to -ud-);"
                    + " repeatable.")
    List<String> genres = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Also write the word list (form,lemma,upos,feats,animacy,count): the analyses each form of"
                    + " the same sentences allows, which explain and the playground read; gzipped when FILE ends in .gz.")
    Path lexiconFile;

    @Option(names = "--animacy-lexicon", paramLabel = "FILE", description = "CSV lemma,animacy for nouns the other sources miss.")
    Path lexicon;

    @Option(names = "--keep-text", description = "Add a text column with one example sentence per pattern (your own treebanks only).")
    boolean keepText;

    @Option(names = "--force", description = "Replace CORPUS.csv (and the --lexicon file) if they exist.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        ImportSettings settings = settings();
        List<Path> inputs = lexicon == null ? treebanks : Stream.concat(treebanks.stream(), Stream.of(lexicon)).toList();
        FileTarget corpusFile = FileTarget.check(out, force, inputs, OutputOptions.notices(spec));
        FileTarget clauses = FileTarget.check(OutputNames.clausesBeside(out), force, inputs,
                OutputOptions.notices(spec));
        Optional<FileTarget> wordList = lexiconFile == null ? Optional.empty()
                : Optional.of(FileTarget.check(lexiconFile, force, inputs, OutputOptions.notices(spec)));
        AnimacySources animacy = AnimacySources.forLanguage(language, lexicon);
        TreebankImport.Result result = TreebankImport.run(treebanks, animacy, settings);
        ImportWriter.write(corpusFile, clauses, wordList, result, keepText);
        report(result, settings, spec.commandLine().getOut());
        spec.commandLine().getOut().println("animacy sources used: " + animacy.describe());
        return Main.EXIT_OK;
    }

    private ImportSettings settings() {
        OrderRule rule = OrderRule.parse(orderBy).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--order-by: '" + orderBy + "' is not one of " + String.join(", ", OrderRule.names())));
        List<SentenceFilter> filters = new ArrayList<>();
        Map<String, String> given = new TreeMap<>();
        try {
            for (String condition : where) {
                filters.add(SentenceFilter.parse(condition));
            }
            for (String genre : genres) {
                SentenceFilter pair = SentenceFilter.parse(genre);
                if (pair.test() != SentenceFilter.Test.EQUALS || pair.value().isEmpty()) {
                    throw new IllegalArgumentException("'" + genre + "' is not SOURCE=GENRE");
                }
                given.put(pair.key(), pair.value());
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return ImportSettings.defaults(language).withOrderRule(rule).withFilters(filters).withGenres(given)
                .withText(keepText ? ImportSettings.TextColumn.EXAMPLE : ImportSettings.TextColumn.NONE);
    }

    private void report(TreebankImport.Result result, ImportSettings settings, PrintWriter print) {
        print.printf("read %d sentences (%d VERB tokens): %d transitive clauses (%d passives with an agent) in %d"
                + " patterns -> %s%n", result.sentences(), result.verbs(), result.clauses(), result.passives(),
                result.patterns().size(), out);
        if (!settings.filters().isEmpty()) {
            print.printf("left out %d sentences by --where %s%n", result.filteredOut(), settings.filters());
        }
        print.printf("word order read from the %s verb%n", settings.orderRule().configName());
        print.println("VERB tokens skipped, by reason:");
        TreebankImport.allReasons(result.skipped()).forEach((SkipReason reason, Long count) ->
                print.printf("  %8d  %s%n", count, reason.description()));
        print.println("clauses by genre:");
        result.clausesByGenre().forEach((genre, count) -> print.printf("  %8d  %s%n", count, genre));
        Map<String, Long> animacy = result.animacy();
        long nouns = animacy.values().stream().mapToLong(Long::longValue).sum();
        long known = nouns - animacy.getOrDefault("unknown", 0L);
        print.printf("animacy of the %d argument nouns (the word list's, by form): known %.1f%%%n", nouns,
                percent(known, nouns));
        animacy.forEach((value, count) -> print.printf("  %8d  %s%n", count, value));
        print.println("feature values seen (declare them in the config):");
        result.values().forEach((feature, values) -> print.printf("  %s: %s%n", feature, String.join(", ", values)));
        if (lexiconFile != null) {
            print.printf("word list: %d forms -> %s%n", result.wordList().forms().size(), lexiconFile);
        }
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
