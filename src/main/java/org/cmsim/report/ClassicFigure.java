package org.cmsim.report;

import static tech.tablesaw.aggregate.AggregateFunctions.sum;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.cmsim.competition.ModelComparison;
import org.cmsim.design.Counts;
import org.cmsim.design.Design;
import org.cmsim.model.ChoiceFrame;
import org.cmsim.model.Cue;
import org.cmsim.model.Order;
import org.cmsim.model.Stimulus;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The figure of the Competition Model papers (e.g. MacWhinney, Bates &amp; Kliegl 1984, figs. 1-3): the share of
 * first-noun choices per condition, word order on the x axis, one line per direction of a second cue, one panel
 * per direction of a third (further cues are pooled). Observed shares carry 95% Wilson (1927) score intervals;
 * each rule's prediction (trial-weighted over the pooled conditions) is overlaid as a dashed line.
 */
public final class ClassicFigure {

    private static final int PANEL_WIDTH = 520;
    private static final int HEIGHT = 600;
    private static final double Z = 1.959963984540054;
    private static final Color[] LEVEL_COLORS = {new Color(0x1f77b4), new Color(0x7f7f7f), new Color(0xd62728)};
    private static final String[] LEVEL_NAMES = {"favours n1", "neutral", "favours n2"};
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final String PANEL = "panel";
    private static final String LINE = "line";
    private static final String ORDER = "order";
    private static final String TRIALS = "trials";
    private static final String N1 = "n1";
    private static final float[][] RULE_DASHES = {{6f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}};

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
        Design design = result.design();
        List<Cue> cues = design.cues();
        int panels = cues.size() >= 2 ? 3 : 1;
        List<Order> orders = design.levels();
        List<String> rules = result.rules().stream().map(r -> r.fit().rule()).toList();
        Cell[][][] cells = cells(result, panels);
        List<XYChart> charts = new ArrayList<>();
        for (int panel = 0; panel < panels; panel++) {
            if (isEmpty(cells[panel])) {
                continue;
            }
            String panelTitle = panels == 1 ? title : title + ": " + cues.get(1).name() + " " + LEVEL_NAMES[panel];
            charts.add(panel(panelTitle, cells[panel], orders, cues.isEmpty() ? "" : cues.get(0).name(), rules));
        }
        return new Figure(name, "Share of first-noun choices by word order" + (cues.isEmpty() ? ""
                : ", one line per direction of " + cues.get(0).name()) + (panels > 1
                ? ", one panel per direction of " + cues.get(1).name() : "")
                + "; observed with 95% Wilson intervals, dashed: each rule's prediction.", png(charts), svg(charts));
    }

    /**
     * cells[panel][line][order]: the conditions pooled by word order and the directions of the first two cues, a
     * pivot of the conditions' frame (one row per condition: its panel, line and order, trials, n1 choices and
     * each rule's expected n1 choices) summed by panel, line and order.
     */
    private static Cell[][][] cells(ModelComparison.Result result, int panels) {
        Design design = result.design();
        Counts counts = result.counts();
        int rules = result.rules().size();
        int lines = design.cues().isEmpty() ? 1 : 3;
        int rows = design.rows();
        IntColumn panel = IntColumn.create(PANEL, rows);
        IntColumn line = IntColumn.create(LINE, rows);
        IntColumn order = IntColumn.create(ORDER, rows);
        LongColumn trials = LongColumn.create(TRIALS, counts.trials());
        LongColumn n1 = LongColumn.create(N1, counts.n1());
        Table frame = Table.create("conditions", panel, line, order, trials, n1);
        for (int i = 0; i < rows; i++) {
            Stimulus stimulus = design.stimuli().get(i);
            order.set(i, design.levels().indexOf(stimulus.order()));
            // Direction +1 (favours n1), 0, -1 as line or panel 0, 1, 2.
            line.set(i, lines == 1 ? 0 : 1 - design.cues().get(0).direction(stimulus));
            panel.set(i, panels == 1 ? 0 : 1 - design.cues().get(1).direction(stimulus));
        }
        List<String> summed = new ArrayList<>(List.of(TRIALS, N1));
        for (int r = 0; r < rules; r++) {
            double[] predicted = result.rules().get(r).fit().predicted();
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

    private static XYChart panel(String title, Cell[][] lines, List<Order> orders, String lineCue, List<String> rules) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(HEIGHT).title(title).xAxisTitle("word order")
                .yAxisTitle("share choosing n1 as agent").build();
        Plots.style(chart);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisMin(0.5).setXAxisMax(orders.size() + 0.5)
                .setLegendPosition(Styler.LegendPosition.OutsideS)
                .setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        // Every panel carries the legend, so that the panels have plots of the same size.
        // The orders are categories: their names are written under the points, the numeric ticks hidden.
        chart.getStyler().setXAxisTicksVisible(false);
        for (int o = 0; o < orders.size(); o++) {
            chart.addAnnotation(new AnnotationText(orders.get(o).name(), o + 1, 0.03, false));
        }
        for (int l = 0; l < lines.length; l++) {
            Color color = lines.length == 1 ? LEVEL_COLORS[0] : LEVEL_COLORS[l];
            String label = lines.length == 1 ? "observed" : lineCue + " " + LEVEL_NAMES[l];
            double offset = (l - (lines.length - 1) / 2.0) * 0.06;
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int o = 0; o < orders.size(); o++) {
                Cell cell = lines[l][o];
                if (cell.trials() == 0) {
                    continue;
                }
                x.add(o + 1 + offset);
                y.add((double) cell.n1() / cell.trials());
                double[] interval = wilson(cell.n1(), cell.trials());
                XYSeries bar = chart.addSeries(label + " interval " + o, new double[] {o + 1 + offset, o + 1 + offset},
                        interval);
                bar.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                        .setLineColor(color).setLineStyle(SOLID).setShowInLegend(false);
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries observed = chart.addSeries(label, x, y);
            observed.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.CIRCLE)
                    .setMarkerColor(color).setLineColor(color).setLineStyle(SOLID);
            for (int r = 0; r < rules.size(); r++) {
                List<Double> predicted = new ArrayList<>();
                for (int o = 0; o < orders.size(); o++) {
                    Cell cell = lines[l][o];
                    if (cell.trials() > 0) {
                        predicted.add(cell.expected()[r] / cell.trials());
                    }
                }
                XYSeries rule = chart.addSeries(rules.get(r) + " " + label, x, predicted);
                rule.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                        .setLineColor(color).setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                                BasicStroke.JOIN_MITER, 10f, RULE_DASHES[r % RULE_DASHES.length], 0f))
                        .setShowInLegend(l == 0);
                rule.setLabel(rules.get(r) + " (predicted)");
            }
        }
        return chart;
    }

    /** The panels side by side in one PNG. */
    private static byte[] png(List<XYChart> charts) {
        BufferedImage image = new BufferedImage(PANEL_WIDTH * charts.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int c = 0; c < charts.size(); c++) {
            g.drawImage(BitmapEncoder.getBufferedImage(charts.get(c)), c * PANEL_WIDTH, 0, null);
        }
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The panels side by side in one SVG: each panel's SVG nested in a group shifted to its place. */
    private static byte[] svg(List<XYChart> charts) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\">%n",
                PANEL_WIDTH * charts.size(), HEIGHT));
        for (int c = 0; c < charts.size(); c++) {
            String inner = new String(Figure.of("panel", "", charts.get(c)).svg(), StandardCharsets.UTF_8);
            inner = inner.substring(inner.indexOf("<svg"));
            svg.append("<g transform=\"translate(").append(c * PANEL_WIDTH).append(",0)\">\n").append(inner)
                    .append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString().getBytes(StandardCharsets.UTF_8);
    }
}
