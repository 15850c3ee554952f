package org.cmsim.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cmsim.io.CsvReader;
import org.cmsim.io.CsvRecord;
import org.cmsim.io.InputException;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Stimulus;

/**
 * Reads a design file: the stimulus columns of a corpus ({@code order} and feature columns), one row
 * per condition. Other columns are ignored, so a corpus or a choice file can serve as a design; a
 * repeated condition is kept once.
 */
public final class DesignReader {

    private DesignReader() {
    }

    public static List<Stimulus> read(Path file, FeatureSpace space) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            StimulusColumns columns = StimulusColumns.bind(csv, space);
            Set<Stimulus> stimuli = new LinkedHashSet<>();
            long lastLine = csv.headerLine();
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                lastLine = record.line();
                stimuli.add(columns.read(record));
            }
            if (stimuli.isEmpty()) {
                throw InputException.at(file, lastLine, "the design has no conditions");
            }
            return new ArrayList<>(stimuli);
        }
    }
}
