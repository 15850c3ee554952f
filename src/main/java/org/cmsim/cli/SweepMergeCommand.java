package org.cmsim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cmsim.io.OutputNames;
import org.cmsim.sweep.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        header = "Join the directories of a sharded sweep into one.",
        description = {"Join sweep directories of the same sweep (the shards of --shard I/N) into DIR: every finished"
                + " task folder, and " + OutputNames.SWEEP_RESULTS + ", " + OutputNames.SWEEP_SUMMARY + ", "
                + OutputNames.SWEEP_FIGURES + ", " + OutputNames.SWEEP_FAILURES + " and " + OutputNames.MANIFEST
                + " made exactly as an unsharded run makes them (the same " + OutputNames.SWEEP_RESULTS + " bytes)."
                + " Exit 75 when some task is finished in none of them.",
            "Example: cmsim sweep-merge out/shard1 out/shard2 --out out/sweep"})
final class SweepMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Sweep directories to join.")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory to write; it appears only when the merge succeeds.")
    Path out;

    @picocli.CommandLine.Mixin
    FigureOptions figures;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("cmsim", Version.current());
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("figures",
                figures.formats.stream().map(org.cmsim.report.FigureFormat::configName).toList());
        SweepMerge.Outcome outcome = SweepMerge.merge(dirs, out, force, provenance);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d of %d tasks finished; results in %s%n",
                outcome.finished(), outcome.tasks(), out.resolve(OutputNames.SWEEP_RESULTS));
        if (!outcome.missing().isEmpty()) {
            spec.commandLine().getOut().println("unfinished: " + String.join(", ", outcome.missing()));
            return Main.EXIT_TASKS_FAILED;
        }
        return Main.EXIT_OK;
    }
}
