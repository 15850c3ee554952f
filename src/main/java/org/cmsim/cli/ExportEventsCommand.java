package org.cmsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.ndl.EventExport;
import org.cmsim.output.EventFileWriter;
import org.cmsim.output.FileTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export-events", mixinStandardHelpOptions = true,
        header = "Write a sentence corpus as a pyndl event file.",
        description = {"Write a sentence corpus as a pyndl event file: one event per unit of count, in a seeded order;"
                + " cues like order=NVN, n1.animacy=animate, agreement=n1; outcome agent=n1 or agent=n2.",
            "Example: cmsim export-events --config configs/illustrative.json --out events.tab.gz"})
final class ExportEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE.gz", description = "Event file to write (gzip).")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the event order (default: the config's).")
    Long seed;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        LanguageConfig language = config.language();
        language = corpus.apply(language);
        FileTarget target = FileTarget.check(out, force, OutputOptions.inputs(language), OutputOptions.notices(spec));
        SentenceCorpus sentences = CorpusOptions.read(language);
        EventExport events;
        try {
            events = EventExport.of(sentences, language.cues());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long order = seed == null ? language.seed() : seed;
        EventFileWriter.write(target, events, order);
        spec.commandLine().getOut().printf("wrote %d events -> %s%n", events.size(), out);
        return Main.EXIT_OK;
    }
}
