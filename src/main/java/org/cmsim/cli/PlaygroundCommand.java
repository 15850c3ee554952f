package org.cmsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cmsim.explain.Playground;
import org.cmsim.io.OutputNames;
import org.cmsim.output.FileTarget;
import org.cmsim.output.ListenerCache;
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
            "Without --run the page carries the shipped default run's languages, their listeners fitted to the"
                + " shipped corpora with the config's seed as explain fits them (the same numbers cmsim run writes;"
                + " ten to twenty seconds the first time) and kept in the user's cache ($XDG_CACHE_HOME/cmsim, else"
                + " ~/.cache/cmsim) for the next page or explanation.",
            "Example: cmsim playground --run runs/default-20260101-120000 --out playground.html",
            "         cmsim playground --out playground.html"})
final class PlaygroundCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "DIR",
            description = "A directory cmsim run wrote (default: the shipped default run's listeners, cached).")
    Path run;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The page to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        FileTarget target = FileTarget.check(out, force, List.of(), line -> { });
        String page = run != null
                ? Playground.render(run.getFileName().toString(), "./cmsim playground --run " + run + " --out " + out,
                        Playground.fromRun(run))
                : Playground.render("default", "./cmsim playground --out " + out,
                        Playground.fromDefaultRun(ListenerCache.defaultCache(Version.current())));
        target.writeText(page);
        spec.commandLine().getOut().println("wrote " + out);
        return Main.EXIT_OK;
    }
}
