package org.cmsim.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cmsim.io.OutputNames;
import org.cmsim.model.LanguageConfig;
import org.cmsim.model.SentenceCorpus;
import org.cmsim.output.ValidityWriter;
import org.cmsim.validity.CueValidity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validity", mixinStandardHelpOptions = true,
        header = "Cue availability, reliability, overall and conflict validity in a corpus.",
        description = {"Cue availability, reliability, overall and conflict validity in a corpus. Writes"
                + " DIR/" + OutputNames.VALIDITY + " and prints it as a table.",
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
        List<CueValidity.Row> validity = CueValidity.of(sentences, language.cues());
        ValidityWriter.write(output.target(spec, OutputOptions.inputs(language)), validity);
        spec.commandLine().getOut().print(ValidityWriter.summary(validity));
        return Main.EXIT_OK;
    }
}
