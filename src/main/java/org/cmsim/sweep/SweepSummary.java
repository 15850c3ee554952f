package org.cmsim.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;
import org.cmsim.io.Table;
import org.cmsim.report.Figure;
import org.cmsim.report.SweepPlots;

/**
 * {@code summary.csv} and its figures: for each grid setting (a combination of grid values), reported
 * parameter and measure, the replicates' n, mean, standard deviation and the 95% confidence interval of
 * the mean, mean +- t(0.975, n-1) sd / sqrt(n) (Student; empty when n < 2). A replicate's empty cell (an
 * undefined value) is left out of n. Seeds are replicates by nature: a grid over {@code seed} is summarised
 * like replicates, across its values, so the settings of the summary are the other grid settings.
 */
final class SweepSummary {

    static final double LEVEL = 0.95;

    /** One grid setting's statistics for one parameter and measure. */
    record Cell(List<String> setting, List<String> parameter, String measure, int n, double mean, double sd,
            double low, double high) {

        double halfWidth() {
            return (high - low) / 2;
        }
    }

    private SweepSummary() {
    }

    static final String SEED = "seed";

    /** The grid settings a summary distinguishes: all but {@code seed}. */
    static List<String> settingNames(List<String> gridNames) {
        return gridNames.stream().filter(n -> !n.equals(SEED)).toList();
    }

    private static List<String> setting(SweepTask task) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < task.gridNames().size(); i++) {
            if (!task.gridNames().get(i).equals(SEED)) {
                values.add(task.gridValues().get(i));
            }
        }
        return values;
    }

    static List<Cell> cells(SweptCommand command, List<SweepResults.TaskRows> tasks) {
        // setting -> parameter -> measure -> values, all in first-seen (sweep) order
        Map<List<String>, Map<List<String>, Map<String, List<Double>>>> groups = new LinkedHashMap<>();
        for (SweepResults.TaskRows task : tasks) {
            List<Integer> keys = present(task.header(), command.keys());
            List<Integer> measures = present(task.header(), command.measures());
            var bySetting = groups.computeIfAbsent(setting(task.task()), s -> new LinkedHashMap<>());
            for (List<String> row : task.rows()) {
                List<String> parameter = keys.stream().map(row::get).toList();
                var byMeasure = bySetting.computeIfAbsent(parameter, p -> new LinkedHashMap<>());
                for (int m : measures) {
                    List<Double> values = byMeasure.computeIfAbsent(task.header().get(m), x -> new ArrayList<>());
                    if (!row.get(m).isEmpty()) {
                        values.add(Double.parseDouble(row.get(m)));
                    }
                }
            }
        }
        List<Cell> cells = new ArrayList<>();
        groups.forEach((setting, parameters) -> parameters.forEach((parameter, measures) ->
                measures.forEach((measure, values) -> cells.add(cell(setting, parameter, measure, values)))));
        return cells;
    }

    static Cell cell(List<String> setting, List<String> parameter, String measure, List<Double> values) {
        int n = values.size();
        double mean = n == 0 ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n < 2) {
            return new Cell(setting, parameter, measure, n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2) * sd / Math.sqrt(n);
        return new Cell(setting, parameter, measure, n, mean, sd, mean - half, mean + half);
    }

    static Table table(List<String> gridNames, SweptCommand command, List<String> header, List<Cell> cells) {
        List<String> columns = new ArrayList<>(settingNames(gridNames));
        List<String> keys = command.keys().stream().filter(header::contains).toList();
        columns.addAll(keys);
        columns.addAll(List.of("measure", "n", "mean", "sd", "ci_low", "ci_high"));
        Table table = new Table(columns);
        for (Cell cell : cells) {
            List<Object> row = new ArrayList<>(cell.setting());
            row.addAll(cell.parameter());
            row.addAll(List.of(cell.measure(), cell.n(), cell.mean(), cell.sd(), cell.low(), cell.high()));
            table.add(row.toArray());
        }
        return table;
    }

    /**
     * One figure per reported parameter: its measures at each grid setting where it has a value (a
     * parameter of one language of a grid over languages has none at the others). File names are unique
     * even where case is not told apart ({@code A-corpus-animacy} and {@code a-corpus-animacy} on macOS or
     * Windows).
     */
    static List<Figure> figures(SweptCommand command, List<String> gridNames, List<Cell> cells) {
        Map<List<String>, List<Cell>> byParameter = new LinkedHashMap<>();
        for (Cell cell : cells) {
            byParameter.computeIfAbsent(cell.parameter(), p -> new ArrayList<>()).add(cell);
        }
        List<String> names = settingNames(gridNames);
        Map<List<String>, Integer> replicates = new LinkedHashMap<>();
        cells.forEach(c -> replicates.merge(c.setting(), c.n(), Math::max));
        List<Figure> figures = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        byParameter.forEach((parameter, parameterCells) -> {
            List<List<String>> settings = parameterCells.stream().filter(c -> Double.isFinite(c.mean()))
                    .map(Cell::setting).distinct().toList();
            if (settings.isEmpty()) {
                return;
            }
            Map<String, double[]> means = new LinkedHashMap<>();
            Map<String, double[]> widths = new LinkedHashMap<>();
            for (Cell cell : parameterCells) {
                int at = settings.indexOf(cell.setting());
                if (at >= 0) {
                    means.computeIfAbsent(cell.measure(), m -> nans(settings.size()))[at] = cell.mean();
                    widths.computeIfAbsent(cell.measure(), m -> nans(settings.size()))[at] = cell.halfWidth();
                }
            }
            List<String> labels = settings.stream().map(s -> label(names, s) + " (n=" + replicates.get(s) + ")")
                    .toList();
            String name = uniqueName(String.join("_", parameter).replaceAll("[^A-Za-z0-9.=+-]+", "-"), taken);
            figures.add(SweepPlots.parameter(name, String.join(" / ", parameter), command.unit(), labels,
                    means, widths, String.join(" / ", parameter) + ": mean across replicates per grid setting, with"
                            + " the 95% t interval of the mean"));
        });
        return figures;
    }

    /** {@code name}, or {@code name-2}, {@code name-3}, ...: the first not in {@code taken}, ignoring case. */
    private static String uniqueName(String name, Set<String> taken) {
        String unique = name;
        for (int i = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = name + "-" + i;
        }
        return unique;
    }

    private static String label(List<String> gridNames, List<String> setting) {
        if (gridNames.isEmpty()) {
            return "all";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < gridNames.size(); i++) {
            parts.add(gridNames.get(i) + "=" + setting.get(i));
        }
        return String.join(", ", parts);
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static List<Integer> present(List<String> header, List<String> columns) {
        return columns.stream().map(header::indexOf).filter(i -> i >= 0).toList();
    }
}
