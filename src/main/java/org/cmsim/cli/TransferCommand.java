package org.cmsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cmsim.attention.HeadTransfer;
import org.cmsim.input.ConfigReader;
import org.cmsim.io.InputException;
import org.cmsim.io.Installation;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.model.WorkLimits;
import org.cmsim.output.TransferWriter;
import org.cmsim.transfer.TransferSettings;
import org.cmsim.transfer.TransferStudy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "transfer", mixinStandardHelpOptions = true,
        header = "Second-language learning: both learners start from a first language and read a second.",
        description = {"Second-language transfer (McDonald 1987; the Unified Competition Model): the delta rule"
                + " starts at its asymptote on the first language's corpus, the attention heads from heads trained on"
                + " it (feature values shared by name keep their embeddings); both then read sentences of the second"
                + " language. Cues are matched by name; a cue only the second language has starts at 0, one only the"
                + " first has keeps its value. Writes DIR/" + OutputNames.TRANSFER + " (each learner's strength"
                + " over exposure, with the 2.5-97.5%% range over presentation orders and seeds), DIR/"
                + OutputNames.TRANSFER_SUMMARY + " (start, second-language asymptote and the exposure at which each"
                + " cue has moved half-way) and one panel per cue under DIR/" + OutputNames.PLOTS + "/.",
            "Example: cmsim transfer --from configs/english.json --to configs/dutch.json --out out/english-dutch"})
final class TransferCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "L1.json", description = "The first language's config.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "L2.json", description = "The second language's config.")
    Path to;

    @Option(names = "--exposure", paramLabel = "N", description = "Second-language sentences each learner reads"
            + " (default: " + TransferSettings.DEFAULT_EXPOSURE + ").")
    Long exposure;

    @Option(names = "--orders", paramLabel = "K", description = "Presentation orders of the delta rule (default: 20).")
    Integer orders;

    @Option(names = "--seeds", paramLabel = "S", description = "Attention heads of different seeds (default: 10).")
    Integer seeds;

    @Option(names = "--checkpoints", paramLabel = "C", description = "Log-spaced checkpoints (default: 30).")
    Integer checkpoints;

    @Option(names = "--threads", paramLabel = "T", description = "Threads (default: all cores).")
    Integer threads;

    @Mixin
    OutputOptions output;

    @Mixin
    FigureOptions figures;

    @Override
    public Integer call() throws Exception {
        TransferSettings settings = settings();
        int threadCount = ThreadOptions.of(spec, threads);
        from = Installation.shipped(from);
        to = Installation.shipped(to);
        LanguageConfig first = ConfigReader.readLanguage(from);
        LanguageConfig second = ConfigReader.readLanguage(to);
        java.util.Optional<String> incompatible = HeadTransfer.incompatibility(first.attention(), second.attention());
        if (incompatible.isPresent()) {
            throw InputException.in(to, "attention: %s from %s; a head carries its weights over only to a head of"
                    + " the same shape", incompatible.get(), from);
        }
        SentenceCorpus l1 = CorpusOptions.read(first);
        SentenceCorpus l2 = CorpusOptions.read(second);
        List<Path> inputs = new ArrayList<>(OutputOptions.inputs(first));
        inputs.addAll(OutputOptions.inputs(second));
        var target = output.target(spec, inputs);
        TransferStudy.Result result = TransferStudy.run(first, l1, second, l2, settings, threadCount);
        TransferWriter.write(target, result, figures.formats);
        spec.commandLine().getOut().print(TransferWriter.summary(result));
        return Main.EXIT_OK;
    }

    private TransferSettings settings() {
        TransferSettings settings = TransferSettings.defaults();
        if (exposure != null) {
            settings = settings.withExposure(CountOptions.require(spec, "--exposure", exposure, 1,
                    WorkLimits.PRESENTATIONS));
        }
        if (orders != null) {
            settings = settings.withOrders((int) CountOptions.require(spec, "--orders", orders, 1,
                    WorkLimits.REPLICATES));
        }
        if (seeds != null) {
            settings = settings.withSeeds((int) CountOptions.require(spec, "--seeds", seeds, 1,
                    WorkLimits.REPLICATES));
        }
        if (checkpoints != null) {
            settings = settings.withCheckpoints((int) CountOptions.require(spec, "--checkpoints", checkpoints, 2,
                    WorkLimits.CHECKPOINTS));
        }
        return settings;
    }
}
