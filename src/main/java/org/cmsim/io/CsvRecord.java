package org.cmsim.io;

import java.util.List;

/** One data row of a CSV file: its fields and the line on which it starts. */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    public String field(int column) {
        return fields.get(column);
    }
}
