package org.cmsim.cli;

import java.util.concurrent.Callable;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.Table;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.output.ValidityTables;
import org.cmsim.validity.CueValidity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validity", mixinStandardHelpOptions = true,
        header = "Cue availability, reliability, overall and conflict validity in a corpus.",
        description = {"Cue availability, reliability, overall and conflict validity in a corpus. Writes"
                + " DIR/validity.csv and prints it as a table.",
            "Example: cmsim validity --config configs/illustrative.json --out out/validity"})
final class ValidityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        LanguageConfig language = config.language();
        language = corpus.apply(language);
        SentenceCorpus sentences = CorpusOptions.read(language);
        Table table = ValidityTables.of(CueValidity.of(sentences, language.cues()));
        try (OutputDirectory out = output.open()) {
            out.writeCsv("validity.csv", table);
            out.commit();
        }
        spec.commandLine().getOut().print(table.toText());
        return Main.EXIT_OK;
    }
}
