package org.cmsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Frames made without Tablesaw's class-path scan still group and sum, and the class path is left as it was. */
class TablesTest {

    @Test
    void aFrameGroupsAndSumsAndTheClassPathIsPutBack() {
        String classPath = System.getProperty("java.class.path");
        Table frame = Tables.create("t", StringColumn.create("subject", "a", "b", "a"),
                IntColumn.create("n1", 1, 2, 4));
        Table sums = frame.summarize("n1", AggregateFunctions.sum).by("subject");
        assertEquals(2, sums.rowCount());
        assertEquals(5.0, sums.where(sums.stringColumn("subject").isEqualTo("a")).doubleColumn(1).get(0));
        assertEquals(2.0, sums.where(sums.stringColumn("subject").isEqualTo("b")).doubleColumn(1).get(0));
        assertEquals(classPath, System.getProperty("java.class.path"));
    }
}
