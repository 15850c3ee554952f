package org.cmsim.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.cmsim.competition.FitOptions;
import org.cmsim.competition.ModelComparison;
import org.cmsim.competition.MultiplicativeRule;
import org.cmsim.conllu.AnimacySources;
import org.cmsim.conllu.ImportSettings;
import org.cmsim.conllu.TreebankImport;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.input.CorpusReader;
import org.cmsim.io.InputException;
import org.cmsim.io.OutputNames;
import org.cmsim.model.AgreementCue;
import org.cmsim.model.AttentionSettings;
import org.cmsim.model.ContrastCue;
import org.cmsim.model.Cue;
import org.cmsim.model.Feature;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.FeatureValues;
import org.cmsim.model.Order;
import org.cmsim.model.OrderCue;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.Stimulus;
import org.cmsim.ndl.FastNdl;
import org.cmsim.ndl.NdlParameters;
import org.cmsim.ndl.Weights;

/**
 * The throughput figures of {@code cmsim bench}, each the best of a few repetitions after a
 * warm-up (the JIT compiles the hot loops first), on the project's benchmark inputs: a pyndl event file
 * of a million events, a corpus for attention training and a Universal Dependencies treebank.
 */
public final class Benchmarks {

    /** One figure beside its goal. {@code higherIsBetter} says which way the goal points. */
    public record Measurement(String name, double value, String unit, double goal, boolean higherIsBetter,
                              String note) {
        public boolean met() {
            return higherIsBetter ? value >= goal : value <= goal;
        }
    }

    private static final int REPEATS = 3;

    private Benchmarks() {
    }

    /** Rescorla-Wagner end to end: read the gzip file, learn, write the weights. Events per second. */
    public static Measurement ndlEndToEnd(Path events, long count, Path scratch) throws InputException {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < REPEATS + 1; r++) {
            long start = System.nanoTime();
            Weights weights = FastNdl.learn(events, NdlParameters.PYNDL_DEFAULTS).sorted();
            writeWeights(weights, scratch.resolve(OutputNames.WEIGHTS));
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
        }
        return new Measurement("Rescorla-Wagner end to end (gzip file -> weights.csv)", count / best, "events/s",
                1.5e6, true, String.format(java.util.Locale.ROOT, "%.2f s for %d events", best, count));
    }

    /** The learning loop alone, over events already parsed to ints: 10 passes, as pyndl's kernel was timed. */
    public static Measurement ndlLoop(Path events) throws InputException {
        FastNdl.Events parsed = FastNdl.read(events);
        FastNdl.learn(parsed, NdlParameters.PYNDL_DEFAULTS);
        long start = System.nanoTime();
        int passes = 10;
        for (int pass = 0; pass < passes; pass++) {
            FastNdl.learn(parsed, NdlParameters.PYNDL_DEFAULTS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement("Rescorla-Wagner learning loop alone", passes * (double) parsed.size() / seconds,
                "events/s", 20e6, true, String.format(java.util.Locale.ROOT, "%d passes over %d events in %.2f s",
                        passes, parsed.size(), seconds));
    }

    /** The bench corpus's features and cues: order, animacy, case (nom), agreement in number. */
    public static FeatureSpace attentionSpace() {
        return new FeatureSpace(List.of(new Feature("animacy", List.of("animate", "inanimate")),
                new Feature("case", List.of("nom", "acc")), new Feature("number", List.of("sg", "pl"))));
    }

    static List<Cue> attentionCues() {
        return List.of(OrderCue.unresolved("order", java.util.Set.of()),
                new ContrastCue("animacy", 0, "animacy", 0, "animate"), new ContrastCue("case", 1, "case", 0, "nom"),
                new AgreementCue("agreement", new int[] {2}, List.of("number")));
    }

    /** Attention training, pointer readout, dModel 16, dK 8, batch 256: sentence rows through forward+backward per second. */
    public static Measurement attention(Path corpusFile) throws InputException {
        SentenceCorpus corpus = CorpusReader.read(corpusFile, attentionSpace());
        int epochs = 1000;
        AttentionSettings settings = new AttentionSettings(16, 8, 8, AttentionSettings.Readout.POINTER,
                AttentionSettings.QuerySource.VERB, epochs, 256, 0.01, 0, 0, 1, AttentionSettings.L2Choice.AS_SET);
        org.cmsim.attention.Examples examples = org.cmsim.attention.AttentionStudy.examples(corpus, attentionCues());
        org.cmsim.attention.Vocabulary vocabulary = examples.vocabulary();
        double best = Double.POSITIVE_INFINITY;
        long rows = 0;
        for (int r = 0; r < REPEATS + 1; r++) {
            org.cmsim.attention.AttentionHead head = new org.cmsim.attention.AttentionHead(vocabulary, settings);
            head.initialise(r);
            long start = System.nanoTime();
            org.cmsim.attention.AdamTrainer.Result result = org.cmsim.attention.AdamTrainer.train(head, examples, null,
                    r, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (r > 0) {
                best = Math.min(best, seconds);
            }
            rows = result.examplesProcessed();
        }
        double rate = rows / best;
        int vocabularyRows = new org.cmsim.attention.Vocabulary(attentionSpace()).rows();
        double flops = flopsPerPresentation(attentionSpace().size(), 16, 8, vocabularyRows,
                examples.signatureCount(), 256);
        double plain = plainFlopsPerPresentation(attentionSpace().size(), 16, 8);
        double peak = corePeakFlops();
        return new Measurement("attention training (pointer, dModel 16, dK 8, batch 256)", rate, "presentations/s",
                2.7e6, true, String.format(java.util.Locale.ROOT,
                        "%d sentence types x %d epochs in %.2f s (training alone). FLOPs per forward+backward"
                                + " presentation: %.0f in cmsim's kernel, %.0f by the plain chain rule; %.2f GFLOP/s"
                                + " executed = %.1f%% of one core's peak (%.0f GFLOP/s assumed); %.1f GFLOP/s of"
                                + " chain-rule-equivalent work = %.1f%%",
                        examples.size(), epochs, best, flops, plain, rate * flops / 1e9, 100 * rate * flops / peak,
                        peak / 1e9, rate * plain / 1e9, 100 * rate * plain / peak));
    }

    /**
     * FLOPs (multiplies and adds) of one presentation through the training kernel's pointer path
     * ({@code ProjectedBatch}), counted from its loops: per sentence, the two scores from looked-up
     * query and keys (4 dK), the loss and softmax (about 12) and dq, dk (6 dK); per batch, shared by
     * its sentences, summing and spreading the token signatures (2 x 2 x signatures x (features + 2)
     * x dK), projecting every embedding row through W_Q and W_K (2 x rows x 2 dK d) and back
     * (2 x rows x 4 dK d). {@link #plainFlopsPerPresentation} counts the textbook chain rule.
     */
    public static double flopsPerPresentation(int features, int d, int dK, int vocabularyRows, int signatures,
                                              int batch) {
        double perSentence = 4.0 * dK + 12 + 6.0 * dK;
        double perBatch = 4.0 * signatures * (features + 2) * dK + 2.0 * vocabularyRows * 2 * dK * d
                + 2.0 * vocabularyRows * 4 * dK * d;
        return perSentence + perBatch / batch;
    }

    /**
     * FLOPs of one presentation through the plain forward and backward pass ({@code AttentionHead}):
     * embedding sums (3 tokens x (features + 2) rows x d), q and two keys (3 x 2 dK d), scores
     * (4 dK); backward dq and dk (6 dK), W_Q and W_K outer products and input gradients (3 x 4 dK d)
     * and the embedding-row gradients (3 x (features + 2) x d).
     */
    public static double plainFlopsPerPresentation(int features, int d, int dK) {
        double rows = 3.0 * (features + 2);
        return rows * d + 3 * 2.0 * dK * d + 4.0 * dK + 6.0 * dK + 3 * 4.0 * dK * d + rows * d;
    }

    /** One core's double-precision peak: clock x FLOPs per cycle (32 with AVX-512 FMA, 16 with AVX2 FMA, else 8). */
    public static double corePeakFlops() {
        MachineInfo machine = MachineInfo.current();
        double perCycle = machine.flags().contains(" avx512f ") ? 32 : machine.flags().contains(" fma ") ? 16 : 8;
        return machine.megahertz() * 1e6 * perCycle;
    }

    /** The multiplicative rule fitted with 1,000 bootstrap replicates on an 81-condition design. Seconds. */
    public static Measurement bootstrap(int threads) {
        return bootstrap(threads, 1000);
    }

    /** The same with {@code replicates} bootstrap replicates (more of them measure the thread speed-up better). */
    public static Measurement bootstrap(int threads, int replicates) {
        Design design = design81();
        double[] truth = {1.5, -1, 0.5, 1, 2, 1.5};
        double[] p = new MultiplicativeRule().predict(design, truth);
        SplittableRandom random = new SplittableRandom(7);
        long[] trials = new long[p.length];
        long[] n1 = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            trials[i] = 40;
            for (int t = 0; t < 40; t++) {
                n1[i] += random.nextDouble() < p[i] ? 1 : 0;
            }
        }
        Counts counts = new Counts(trials, n1);
        FitOptions options = FitOptions.defaults().withBootstrap(replicates).withThreads(threads).withSeed(1);
        ModelComparison.fit(List.of(new MultiplicativeRule()), design, counts, options.withBootstrap(200));
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            ModelComparison.fit(List.of(new MultiplicativeRule()), design, counts, options);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Measurement(String.format(java.util.Locale.ROOT,
                "multiplicative fit + %,d bootstrap replicates, 81 conditions, ", replicates) + threads
                + (threads == 1 ? " thread" : " threads"), best, "s", replicates / 1000.0, false, "");
    }

    /** order (3) x animacy (3) x case (3) x agreement (3). */
    static Design design81() {
        FeatureSpace space = attentionSpace();
        List<Stimulus> stimuli = new ArrayList<>();
        int[][] pairs = {{0, 1}, {0, 0}, {1, 0}};
        int[][] numbers = {{0, 0, 1}, {0, 0, 0}, {1, 0, 0}};   // n1, v, n2
        for (Order order : Order.values()) {
            for (int[] animacy : pairs) {
                for (int[] cases : pairs) {
                    for (int[] number : numbers) {
                        stimuli.add(new Stimulus(order, new FeatureValues(new int[] {animacy[0], cases[0], number[0]}),
                                new FeatureValues(new int[] {FeatureValues.UNKNOWN, FeatureValues.UNKNOWN, number[1]}),
                                new FeatureValues(new int[] {animacy[1], cases[1], number[2]})));
                    }
                }
            }
        }
        return Design.of(stimuli, attentionCues());
    }

    /** CoNLL-U import of a treebank (English: WordNet animacy included). Megabytes of text per second. */
    public static Measurement conllu(Path treebank, String language) throws InputException {
        AnimacySources.forLanguage(language, null);
        double best = Double.POSITIVE_INFINITY;
        long characters = 0;
        for (int r = 0; r < 2 * REPEATS + 1; r++) {
            AnimacySources animacy = AnimacySources.forLanguage(language, null);
            long start = System.nanoTime();
            TreebankImport.Result result = TreebankImport.run(List.of(treebank), animacy, ImportSettings.defaults(language));
            double seconds = (System.nanoTime() - start) / 1e9;
            characters = result.characters();
            if (r > 0) {
                best = Math.min(best, seconds);
            }
        }
        double megabytes;
        try {
            megabytes = Files.size(treebank) / 1e6;
        } catch (IOException e) {
            megabytes = characters / 1e6;
        }
        return new Measurement("CoNLL-U import (" + treebank.getFileName() + ", --lang " + language + ")",
                megabytes / best, "MB/s", 100, true, String.format(java.util.Locale.ROOT, "%.1f MB in %.2f s",
                        megabytes, best));
    }

    /**
     * WordNet's noun animacy table read from the user's cache (built there first when missing), as
     * every import with WordNet starts. Seconds, best of a few reads.
     */
    public static Measurement wordNetTable() {
        int nouns = AnimacySources.loadWordNetTable();
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            nouns = AnimacySources.loadWordNetTable();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return new Measurement("WordNet animacy table from the cache", best, "s", 0.5, false,
                String.format(java.util.Locale.ROOT, "%,d nouns", nouns));
    }

    /**
     * An event file of the design of the project's benchmark generator (the same cue dimensions, logistic
     * outcome, 4-6 cues per event), for machines without Python or the generator; not byte-identical to its file.
     */
    public static void generateEvents(Path file, int count, long seed) {
        String[][] dimensions = {{"order=NVN", "order=NNV", "order=VNN"}, {"n1anim=A", "n1anim=I"},
            {"n2anim=A", "n2anim=I"}, {"agr=both", "agr=n1", "agr=n2"}, {"case1=acc", "case1=amb", "case1=nom"},
            {"case2=acc", "case2=amb", "case2=nom"}, {"stress=n1", "stress=n2", "stress=none"}, {"topic=n1", "topic=n2"}};
        double[][] logits = {{1.2, 0.2, -0.4}, {0.9, -0.9}, {-0.7, 0.7}, {0, 1.8, -1.8}, {-2.2, 0, 2.2}, {2.0, 0, -2.0},
            {-0.5, 0.5, 0}, {0.6, -0.6}};
        SplittableRandom random = new SplittableRandom(seed);
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8)) {
            writer.write("cues\toutcomes\n");
            StringBuilder line = new StringBuilder();
            for (int e = 0; e < count; e++) {
                line.setLength(0);
                int extra = 3 + random.nextInt(3);
                int[] dims = new int[1 + extra];
                boolean[] used = new boolean[dimensions.length];
                used[0] = true;
                for (int k = 1; k <= extra; k++) {
                    int d;
                    do {
                        d = 1 + random.nextInt(dimensions.length - 1);
                    } while (used[d]);
                    used[d] = true;
                    dims[k] = d;
                }
                double logit = 0;
                for (int k = 0; k < dims.length; k++) {
                    int v = random.nextInt(dimensions[dims[k]].length);
                    line.append(k == 0 ? "" : "_").append(dimensions[dims[k]][v]);
                    logit += logits[dims[k]][v];
                }
                line.append(random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? "\tagentN1\n" : "\tagentN2\n");
                writer.write(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeWeights(Weights weights, Path file) {
        StringBuilder csv = new StringBuilder("cue");
        weights.outcomes().forEach(o -> csv.append(',').append(o));
        csv.append('\n');
        for (int c = 0; c < weights.cues().size(); c++) {
            csv.append(weights.cues().get(c));
            for (double value : weights.values()[c]) {
                csv.append(',').append(value);
            }
            csv.append('\n');
        }
        try {
            Files.writeString(file, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
