package org.cmsim.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One combination of grid values and one replicate: its folder name, its grid values as they appear
 * in results.csv, its seed and the complete config it runs with.
 *
 * @param index position in the sweep's order (grid settings in the file's order, the first slowest; replicates last)
 * @param gridNames the sweep's grid settings, in the order of the sweep file
 * @param gridValues each grid setting's value as written in results.csv (a string without its quotes)
 * @param config the task's config as JSON text, with every path absolute
 */
public record SweepTask(int index, String id, List<String> gridNames, List<String> gridValues, int replicate, long seed,
        SweptCommand command, String config) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SweepTask {
        gridNames = List.copyOf(gridNames);
        gridValues = List.copyOf(gridValues);
        if (gridNames.size() != gridValues.size()) {
            throw new IllegalArgumentException("task " + id + ": " + gridNames.size() + " settings, "
                    + gridValues.size() + " values");
        }
        if (index < 0 || replicate < 1 || seed < 0) {
            throw new IllegalArgumentException("task " + id + ": index, replicate or seed out of range");
        }
        if (!id.matches("[A-Za-z0-9._=+-]+") || id.equals(".") || id.equals("..")) {
            throw new IllegalArgumentException("task id '" + id + "' is not a safe folder name");
        }
    }
}
