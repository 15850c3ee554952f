package org.cmsim.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cmsim.model.ChoiceData;
import org.cmsim.model.ChoiceRow;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;

/**
 * Reads choice data (interface.md, "Choice data"): stimulus columns plus either {@code trials} and
 * {@code n1_choices} (aggregated) or {@code choice} (one trial per row, optional {@code subject}).
 */
public final class ChoiceReader {

    private ChoiceReader() {
    }

    public static ChoiceData read(Path file, FeatureSpace space) throws InputException {
        try (CsvReader csv = CsvReader.open(file)) {
            StimulusColumns stimulus = StimulusColumns.bind(csv, space);
            int trialsColumn = csv.column("trials");
            int n1Column = csv.column("n1_choices");
            int choiceColumn = csv.column("choice");
            int subjectColumn = csv.column("subject");
            boolean aggregated = trialsColumn >= 0 || n1Column >= 0;
            if (aggregated && choiceColumn >= 0) {
                throw InputException.at(file, csv.headerLine(),
                        "has both 'choice' and 'trials'/'n1_choices' columns: use one format");
            }
            if (aggregated) {
                csv.requireColumn("trials");
                csv.requireColumn("n1_choices");
            } else if (choiceColumn < 0) {
                throw InputException.at(file, csv.headerLine(),
                        "missing required columns: 'trials' and 'n1_choices' (aggregated) or 'choice' (trial level)");
            }
            List<ChoiceRow> rows = new ArrayList<>();
            long lastLine = csv.headerLine();
            long totalTrials = 0;
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                lastLine = record.line();
                Stimulus read = stimulus.read(record);
                String subject = subjectColumn < 0 || record.field(subjectColumn).isBlank()
                        ? null : record.field(subjectColumn).strip();
                if (aggregated) {
                    long trials = Fields.integer(file, record, trialsColumn, "trials", 1);
                    totalTrials = Fields.addToTotal(file, record, "trials", totalTrials, trials);
                    long n1 = Fields.integer(file, record, n1Column, "n1_choices", 0);
                    if (n1 > trials) {
                        throw InputException.at(file, record.line(), "column n1_choices: %d exceeds trials (%d)",
                                n1, trials);
                    }
                    rows.add(new ChoiceRow(read, trials, n1, subject));
                } else {
                    String choiceText = record.field(choiceColumn).strip();
                    Slot choice = Slot.parseNoun(choiceText);
                    if (choice == null) {
                        throw InputException.at(file, record.line(), "column choice: '%s' is not n1 or n2",
                                choiceText);
                    }
                    rows.add(new ChoiceRow(read, 1, choice == Slot.N1 ? 1 : 0, subject));
                }
            }
            if (rows.isEmpty()) {
                throw InputException.at(file, lastLine, "the choice data have no rows");
            }
            return new ChoiceData(space, rows);
        }
    }
}
