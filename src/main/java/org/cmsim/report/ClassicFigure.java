package org.cmsim.report;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cmsim.competition.MixedFit;
import org.cmsim.competition.ModelComparison;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceFrame;
import org.cmsim.model.Cue;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.cmsim.model.Tables;
import org.cmsim.report.chart.Axis;
import org.cmsim.report.chart.Legend;
import org.cmsim.report.chart.Mark;
import org.cmsim.report.chart.Marker;
import org.cmsim.report.chart.Panels;
import org.cmsim.report.chart.Stroke;
import org.cmsim.report.chart.TextStyle;
import org.cmsim.report.chart.XYPlot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The figure of the Competition Model papers (e.g. MacWhinney, Bates &amp; Kliegl 1984, figs. 1-3): the share of
 * first-noun choices per condition, word order on the x axis, one line per direction of a second cue, one panel
 * per direction of a third (further cues are pooled). Observed shares carry 95% Wilson (1927) score intervals;
 * each rule's prediction (trial-weighted over the pooled conditions) is overlaid as a line of its own dash, and so
 * is the mixed model's population-level prediction (its fixed effects, every random effect at 0: lme4's
 * {@code predict(fit, re.form = NA)}) when one was fitted. Word orders name the x axis under the plot; one legend
 * under the panels names each line.
 */
public final class ClassicFigure {

    private static final int PANEL_WIDTH = 460;
    private static final int HEIGHT = 470;
    private static final double Z = 1.959963984540054;
    private static final Color[] LEVEL_COLORS = {new Color(0x1f77b4), new Color(0x7f7f7f), new Color(0xd62728)};
    private static final String[] LEVEL_NAMES = {"favours n1", "neutral", "favours n2"};
    private static final String PANEL = "panel";
    private static final String LINE = "line";
    private static final String ORDER = "order";
    private static final String TRIALS = "trials";
    private static final String N1 = "n1";
    private static final float[][] RULE_DASHES = {{7f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};
    /** The mixed model's line: long dashes, drawn thicker than the rules'. */
    private static final float[] MIXED_DASH = {14f, 5f};
    private static final String MIXED = "multiplicative-mixed";

    /** One cell of the figure: observed trials and n1 choices, and each rule's expected n1 choices. */
    private record Cell(long trials, long n1, double[] expected) {
    }

    private ClassicFigure() {
    }

    /** A group's level as part of a file name: anything but letters, digits, '_' and '-' becomes '_'. */
    public static String fileSafe(String level) {
        return level.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** 95% Wilson score interval of k successes in n: {low, high}. */
    static double[] wilson(long k, long n) {
        double p = (double) k / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** The figure for one fit; {@code title} names the data (and group). File name {@code name}. */
    public static Figure of(String name, String title, ModelComparison.Result result) {
        return of(name, title, result, null);
    }

    /** The figure for one fit with the mixed model's prediction drawn too ({@code mixed} may be null). */
    public static Figure of(String name, String title, ModelComparison.Result result, MixedFit mixed) {
        Design design = result.design();
        List<Cue> cues = design.cues();
        int panels = cues.size() >= 2 ? 3 : 1;
        List<Order> orders = design.levels();
        List<String> rules = new ArrayList<>(result.rules().stream().map(r -> r.fit().rule()).toList());
        List<double[]> predicted = new ArrayList<>(result.rules().stream().map(r -> r.fit().predicted()).toList());
        if (mixed != null) {
            rules.add(MIXED);
            predicted.add(populationPrediction(mixed, design));
        }
        Cell[][][] cells = cells(result, panels, predicted);
        List<XYPlot> charts = new ArrayList<>();
        for (int panel = 0; panel < panels; panel++) {
            if (isEmpty(cells[panel])) {
                continue;
            }
            String panelTitle = panels == 1 ? title : title + ": " + cues.get(1).name() + " " + LEVEL_NAMES[panel];
            charts.add(panel(panelTitle, cells[panel], orders, rules));
        }
        Legend legend = legend(cells[0].length, cues.isEmpty() ? "" : cues.get(0).name(), rules);
        return Figure.of(name, "Share of first-noun choices by word order" + (cues.isEmpty() ? ""
                : ", one line per direction of " + cues.get(0).name()) + (panels > 1
                ? ", one panel per direction of " + cues.get(1).name() : "")
                + "; observed with 95% Wilson intervals; each rule's prediction in its own dash"
                + (mixed != null ? ", the mixed model's (random effects at 0) in long dashes." : "."),
                new Panels(charts, legend));
    }

    /**
     * The mixed model's P(n1) per condition with every random effect at 0: logit P = sum_j beta_j x_j over the
     * design's columns (order levels, cue directions), the fixed effects named as the design names its columns.
     */
    static double[] populationPrediction(MixedFit mixed, Design design) {
        double[] beta = new double[design.parameterCount()];
        for (int j = 0; j < beta.length; j++) {
            int k = mixed.parameters().indexOf(design.parameters().get(j));
            beta[j] = k < 0 ? Double.NaN : mixed.estimates()[k];
        }
        double[] p = new double[design.rows()];
        for (int i = 0; i < p.length; i++) {
            double eta = 0;
            double[] x = design.row(i);
            for (int j = 0; j < beta.length; j++) {
                // A column that is 0 in this row adds nothing, even where its coefficient is unknown.
                eta += x[j] == 0 ? 0 : beta[j] * x[j];
            }
            p[i] = 1 / (1 + Math.exp(-eta));
        }
        return p;
    }

    /**
     * cells[panel][line][order]: the conditions pooled by word order and the directions of the first two cues, a
     * pivot of the conditions' frame (one row per condition: its panel, line and order, trials, n1 choices and
     * each rule's expected n1 choices) summed by panel, line and order.
     */
    private static Cell[][][] cells(ModelComparison.Result result, int panels, List<double[]> predictions) {
        Design design = result.design();
        Counts counts = result.counts();
        int rules = predictions.size();
        int lines = design.cues().isEmpty() ? 1 : 3;
        int rows = design.rows();
        IntColumn panel = IntColumn.create(PANEL, rows);
        IntColumn line = IntColumn.create(LINE, rows);
        IntColumn order = IntColumn.create(ORDER, rows);
        LongColumn trials = LongColumn.create(TRIALS, counts.trials());
        LongColumn n1 = LongColumn.create(N1, counts.n1());
        Table frame = Tables.create("conditions", panel, line, order, trials, n1);
        for (int i = 0; i < rows; i++) {
            Stimulus stimulus = design.stimuli().get(i);
            order.set(i, design.levels().indexOf(stimulus.order()));
            // Direction +1 (favours n1), 0, -1 as line or panel 0, 1, 2.
            line.set(i, lines == 1 ? 0 : 1 - design.cues().get(0).direction(stimulus));
            panel.set(i, panels == 1 ? 0 : 1 - design.cues().get(1).direction(stimulus));
        }
        List<String> summed = new ArrayList<>(List.of(TRIALS, N1));
        for (int r = 0; r < rules; r++) {
            double[] predicted = predictions.get(r);
            DoubleColumn expected = DoubleColumn.create(expected(r), rows);
            for (int i = 0; i < rows; i++) {
                expected.set(i, counts.trials()[i] * predicted[i]);
            }
            frame.addColumns(expected);
            summed.add(expected(r));
        }
        Table pivot = frame.summarize(summed, sum).by(PANEL, LINE, ORDER);
        Cell[][][] cells = new Cell[panels][lines][design.levels().size()];
        for (Cell[][] p : cells) {
            for (Cell[] l : p) {
                Arrays.fill(l, new Cell(0, 0, new double[rules]));
            }
        }
        for (Row cell : pivot) {
            double[] expected = new double[rules];
            for (int r = 0; r < rules; r++) {
                expected[r] = cell.getDouble(ChoiceFrame.total(expected(r)));
            }
            cells[cell.getInt(PANEL)][cell.getInt(LINE)][cell.getInt(ORDER)] = new Cell(
                    (long) cell.getDouble(ChoiceFrame.total(TRIALS)), (long) cell.getDouble(ChoiceFrame.total(N1)), expected);
        }
        return cells;
    }

    /** The frame's column of rule r's expected n1 choices. */
    private static String expected(int rule) {
        return "expected_" + rule;
    }

    private static boolean isEmpty(Cell[][] panel) {
        for (Cell[] line : panel) {
            for (Cell cell : line) {
                if (cell.trials() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static XYPlot panel(String title, Cell[][] lines, List<Order> orders, List<String> rules) {
        XYPlot chart = new XYPlot(PANEL_WIDTH, HEIGHT).title(title).titleStyle(TextStyle.bold(14))
                .xAxis(Axis.categories("word order", orders.stream().map(Order::name).toList()))
                .yAxis(Axis.linear("share choosing n1 as agent").withRange(0, 1))
                .legendAt(Legend.Position.NONE);
        for (int l = 0; l < lines.length; l++) {
            Color color = lines.length == 1 ? LEVEL_COLORS[0] : LEVEL_COLORS[l];
            double offset = (l - (lines.length - 1) / 2.0) * 0.06;
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int o = 0; o < orders.size(); o++) {
                Cell cell = lines[l][o];
                if (cell.trials() == 0) {
                    continue;
                }
                x.add(o + offset);
                y.add((double) cell.n1() / cell.trials());
                double[] interval = wilson(cell.n1(), cell.trials());
                chart.add(new Mark.Interval(o + offset, interval[0], interval[1], Stroke.solid(color, 1.6), 6));
            }
            if (x.isEmpty()) {
                continue;
            }
            double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
            chart.add(new Mark.Line(xs, y.stream().mapToDouble(Double::doubleValue).toArray(), Stroke.solid(color, 2)));
            chart.add(new Mark.Points(xs, y.stream().mapToDouble(Double::doubleValue).toArray(), Marker.CIRCLE, color,
                    Plots.MARKER));
            for (int r = 0; r < rules.size(); r++) {
                List<Double> predicted = new ArrayList<>();
                for (int o = 0; o < orders.size(); o++) {
                    Cell cell = lines[l][o];
                    if (cell.trials() > 0) {
                        predicted.add(cell.expected()[r] / cell.trials());
                    }
                }
                chart.add(new Mark.Line(xs, predicted.stream().mapToDouble(Double::doubleValue).toArray(),
                        ruleStroke(rules.get(r), r, color)));
            }
        }
        return chart;
    }

    /** A rule's line: its own dash, in the colour of the observed line it predicts. */
    private static Stroke ruleStroke(String rule, int r, Color color) {
        return rule.equals(MIXED) ? Stroke.dashed(color, 2.2, MIXED_DASH)
                : Stroke.dashed(color, 1.5, RULE_DASHES[r % RULE_DASHES.length]);
    }

    /** One entry per observed line (its cue direction) and one per rule and the mixed model (their dashes). */
    private static Legend legend(int lines, String lineCue, List<String> rules) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            Color color = lines == 1 ? LEVEL_COLORS[0] : LEVEL_COLORS[l];
            entries.add(new Legend.Entry(lines == 1 ? "observed (95% Wilson interval)"
                    : "observed, " + lineCue + " " + LEVEL_NAMES[l], color, Marker.CIRCLE, Stroke.solid(color, 2)));
        }
        for (int r = 0; r < rules.size(); r++) {
            String rule = rules.get(r);
            entries.add(new Legend.Entry(rule.equals(MIXED) ? MIXED + " (predicted, random effects at 0)"
                    : rule + " rule (predicted)", Color.DARK_GRAY, Marker.NONE, ruleStroke(rule, r, Color.DARK_GRAY)));
        }
        return new Legend(entries);
    }
}
