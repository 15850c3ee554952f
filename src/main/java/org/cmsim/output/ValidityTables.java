package org.cmsim.output;

import java.util.List;
import org.cmsim.io.Table;
import org.cmsim.validity.CueValidity;

/** validity.csv: one row per cue, its availability, reliability, overall and conflict validity. */
public final class ValidityTables {

    private ValidityTables() {
    }

    public static Table of(List<CueValidity.Row> rows) {
        Table table = new Table("cue", "present", "availability", "reliability", "validity", "conflicts",
                "conflict_validity");
        for (CueValidity.Row row : rows) {
            table.add(row.cue(), row.present(), row.availability(), row.reliability(), row.validity(),
                    row.conflicts(), row.conflictValidity());
        }
        return table;
    }
}
