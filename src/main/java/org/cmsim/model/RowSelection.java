package org.cmsim.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which corpus rows a language config studies: for each named column (one the config does not
 * read as a feature, such as {@code source} or {@code genre} of the imported corpora), the values a
 * row may have; a row is kept when it has an allowed value in every named column. Declared in a
 * config as {@code "select": {"genre": ["spoken", "child-directed"]}}. {@link #ALL} keeps every row.
 */
public record RowSelection(Map<String, Set<String>> columns) {

    public static final RowSelection ALL = new RowSelection(Map.of());

    public RowSelection {
        columns = new TreeMap<>(columns);
        for (Map.Entry<String, Set<String>> column : columns.entrySet()) {
            if (column.getValue().isEmpty()) {
                throw new IllegalArgumentException("select." + column.getKey() + " lists no values");
            }
            column.setValue(Set.copyOf(column.getValue()));
        }
        columns = Map.copyOf(columns);
    }

    /** True when the sentence has an allowed value in every selected column. */
    public boolean keeps(Sentence sentence) {
        for (Map.Entry<String, Set<String>> column : columns.entrySet()) {
            String value = sentence.extra().get(column.getKey());
            if (value == null || !column.getValue().contains(value.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The selected column names, sorted. */
    public List<String> columnNames() {
        return columns.keySet().stream().sorted().toList();
    }

    @Override
    public String toString() {
        return new TreeMap<>(columns).toString();
    }
}
