package org.cmsim.output;

import java.util.List;
import org.cmsim.io.OutputDirectory.OutputException;
import org.cmsim.io.OutputDirectory;
import org.cmsim.io.OutputNames;
import org.cmsim.validity.CueValidity;

/** What {@code cmsim validity} writes: validity.csv. */
public final class ValidityWriter {

    private ValidityWriter() {
    }

    public static void write(DirectoryTarget target, List<CueValidity.Row> validity) throws OutputException {
        try (OutputDirectory out = target.open()) {
            out.writeCsv(OutputNames.VALIDITY, ValidityTables.of(validity));
            out.commit();
        }
    }

    /** What the terminal shows: the same table. */
    public static String summary(List<CueValidity.Row> validity) {
        return ValidityTables.of(validity).toText();
    }
}
