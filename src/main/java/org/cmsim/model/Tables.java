package org.cmsim.model;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one way cmsim makes a Tablesaw data frame: without Tablesaw's class-path scan.
 *
 * <p>{@code Table}'s static initialiser asks ClassGraph to scan the whole class path for Tablesaw's file readers
 * and writers, so that they can register themselves. Over cmsim's jar (21,000 entries) that scan takes 0.4-0.7 s,
 * far more than a researcher's fit of a few thousand trials. cmsim reads and writes no file through Tablesaw (its
 * readers report bad input by file and line themselves), so nothing needs registering: the scan is given an empty
 * class path, {@code java.class.path} set to "" while {@code Table} initialises and restored right after. The JVM
 * runs this class's initialiser once, before any frame is made here; {@code TablesTest} checks that frames still
 * group and sum, and that the property is back.
 */
public final class Tables {

    static {
        String classPath = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "");
            Class.forName(Table.class.getName(), true, Tables.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Tablesaw is missing from the class path", e);
        } finally {
            if (classPath == null) {
                System.clearProperty("java.class.path");
            } else {
                System.setProperty("java.class.path", classPath);
            }
        }
    }

    private Tables() {
    }

    /** A data frame of the columns, named so; Tablesaw's {@link Table#create(String, Column[])}. */
    public static Table create(String name, Column<?>... columns) {
        return Table.create(name, columns);
    }
}
