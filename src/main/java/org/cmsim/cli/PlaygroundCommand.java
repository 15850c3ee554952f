package org.cmsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cmsim.explain.Playground;
import org.cmsim.io.OutputNames;
import org.cmsim.output.FileTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "playground", mixinStandardHelpOptions = true,
        header = "An offline page where students type or build sentences and move cue strengths.",
        description = {"Writes one self-contained HTML page (no network, no server) with every language of a"
                + " finished run: type or build a sentence and see P(n1) under each choice rule and the attention"
                + " head, cue by cue; switch the language; drag a cue-strength slider and watch which conflict"
                + " sentences flip. A URL such as FILE?language=english&sentence=the%%20pencil%%20kicks%%20the%%20cow"
                + " opens on that sentence. cmsim run writes the same page as " + OutputNames.PLAYGROUND + ".",
            "Example: cmsim playground --run runs/default-20260101-120000 --out playground.html"})
final class PlaygroundCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", required = true, paramLabel = "DIR", description = "A directory cmsim run wrote.")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The page to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        FileTarget target = FileTarget.check(out, force, List.of(), line -> { });
        String page = Playground.render(run.getFileName().toString(),
                "./cmsim playground --run " + run + " --out " + out, Playground.fromRun(run));
        target.writeText(page);
        spec.commandLine().getOut().println("wrote " + out);
        return Main.EXIT_OK;
    }
}
