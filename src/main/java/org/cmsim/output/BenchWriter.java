package org.cmsim.output;

import java.util.List;
import org.cmsim.bench.Benchmarks;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.io.Table;

/** What {@code cmsim bench --out} writes: bench.csv, a row per figure with its goal and the machine. */
public final class BenchWriter {

    private BenchWriter() {
    }

    public static void write(DirectoryTarget target, List<Benchmarks.Measurement> figures, String machine)
            throws OutputException {
        Table table = new Table("figure", "value", "unit", "goal", "met", "note", "machine");
        for (Benchmarks.Measurement m : figures) {
            table.add(m.name(), m.value(), m.unit(), m.goal(), m.met(), m.note(), machine);
        }
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.BENCH, table);
            out.commit();
        }
    }
}
