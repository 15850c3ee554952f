package org.cmsim.report;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.cmsim.attention.AttentionHead;
import org.cmsim.attention.AttentionStudy;
import org.cmsim.attention.HeadEnsemble;
import org.cmsim.compare.Comparison;
import org.cmsim.io.Numbers;
import org.cmsim.model.FeatureSpace;
import org.cmsim.model.Slot;
import org.cmsim.model.Stimulus;
import org.cmsim.numeric.L2Path;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's pictures, drawn with XChart: predicted against observed choices, attention per
 * sentence type, the heads' L2 curve, and validity against strength (strengths with intervals and trajectories are in
 * {@link IntervalPlots}). Every axis says its unit.
 */
public final class Plots {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    static final String LOG_ODDS = "log-odds favouring n1";
    static final Color COMPETITION = new Color(0x1f77b4);
    static final Color ATTENTION = new Color(0xd62728);
    private static final int MAX_HEATMAP_TYPES = 24;

    private Plots() {
    }

    /** Scatter of predicted P(n1) against the observed share, with the identity line. */
    public static XYChart predictedVsObserved(String language, String data, List<Comparison.ConditionRow> rows) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(language + ": predicted vs observed P(n1 is agent) per " + (data.equals("corpus")
                        ? "sentence type" : "condition"))
                .xAxisTitle("observed share choosing n1 (" + data + ")").yAxisTitle("predicted P(n1)").build();
        style(chart);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
        XYSeries identity = chart.addSeries("identity", new double[] {0, 1}, new double[] {0, 1});
        identity.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                .setLineColor(Color.GRAY);
        double[] observed = rows.stream().mapToDouble(Comparison.ConditionRow::observed).toArray();
        scatter(chart, "Competition Model", observed,
                rows.stream().mapToDouble(Comparison.ConditionRow::multiplicative).toArray(), COMPETITION);
        scatter(chart, "attention head", observed,
                rows.stream().mapToDouble(Comparison.ConditionRow::attention).toArray(), ATTENTION);
        return chart;
    }


    /**
     * Attention to n1 and n2 where it tells something: the most frequent <em>conflict</em> sentence types (two
     * present cues point to different nouns, so the head must weigh one against the other), then, while fewer
     * than half the rows are filled, the most frequent other types. One row per type, named in the picture (order
     * and the nouns' and verb's features), marked when in conflict, with the true agent and how often it is n1.
     */
    public static HeatMapChart attentionHeatmap(String language, String data, AttentionStudy.Result result,
                                                Predicate<Stimulus> conflict) {
        List<Stimulus> stimuli = result.examples().stimuli();
        Integer[] chosen = heatmapTypes(result, conflict);
        int shown = chosen.length;
        long conflicts = Arrays.stream(chosen).filter(e -> conflict.test(stimuli.get(e))).count();
        List<String> labels = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        AttentionHead head = result.head();
        org.cmsim.model.FeatureSpace space = result.head().vocabulary().space();
        for (int i = 0; i < shown; i++) {
            Stimulus stimulus = stimuli.get(chosen[i]);
            double n1Share = result.examples().targetN1(chosen[i]);
            String agent = n1Share >= 0.5 ? String.format(java.util.Locale.ROOT, "agent n1 (%.0f%%)", 100 * n1Share)
                    : String.format(java.util.Locale.ROOT, "agent n2 (%.0f%%)", 100 * (1 - n1Share));
            labels.add((i + 1) + ". " + (conflict.test(stimulus) ? "conflict: " : "") + describe(stimulus, space)
                    + "  -> " + agent);
            double a1 = head.read(stimulus).attentionN1();
            cells.add(new Number[] {0, i, a1});
            cells.add(new Number[] {1, i, 1 - a1});
        }
        String what = conflicts == shown ? shown + " conflict types"
                : conflicts + " conflict types and " + (shown - conflicts) + " others";
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH + 300).height(140 + 24 * shown)
                .title(language + " (" + data + "): attention on n1 and n2, " + what)
                .xAxisTitle("noun attended (the true agent is named on each row)").yAxisTitle("").build();
        // The darkest shade stays light enough for the printed values to read in black on every cell.
        chart.getStyler().setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x9ecae1), new Color(0x4292c6)});
        chart.getStyler().setMin(0).setMax(1).setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.00");
        chart.getStyler().setValueFontColor(new Color(0x111111));
        style(chart);
        chart.addSeries("attention (0..1)", List.of("n1", "n2"), labels, cells);
        return chart;
    }

    private static Integer[] heatmapTypes(AttentionStudy.Result result, Predicate<Stimulus> conflict) {
        int n = result.examples().size();
        double[] weights = new double[n];
        boolean[] conflicts = new boolean[n];
        for (int e = 0; e < n; e++) {
            weights[e] = result.examples().weight(e);
            conflicts[e] = conflict.test(result.examples().stimuli().get(e));
        }
        return heatmapRows(weights, conflicts, MAX_HEATMAP_TYPES);
    }

    /**
     * The most frequent conflict types (at most {@code max}), topped up with the most frequent other types to half
     * that many rows when there are fewer; conflict types first, each group by frequency, ties in corpus order.
     */
    static Integer[] heatmapRows(double[] weights, boolean[] conflict, int max) {
        Integer[] byWeight = new Integer[weights.length];
        for (int e = 0; e < byWeight.length; e++) {
            byWeight[e] = e;
        }
        // Stable: equal weights keep corpus order, so the rows do not depend on the sort's internals.
        Arrays.sort(byWeight, (a, b) -> Double.compare(weights[b], weights[a]));
        List<Integer> chosen = new ArrayList<>();
        for (Integer e : byWeight) {
            if (chosen.size() < max && conflict[e]) {
                chosen.add(e);
            }
        }
        for (Integer e : byWeight) {
            if (chosen.size() < max / 2 && !conflict[e]) {
                chosen.add(e);
            }
        }
        return chosen.toArray(new Integer[0]);
    }

    /** "NVN n1[animate,sg] v[sg] n2[inanimate,nom|acc]", known values and sets only. */
    static String describe(Stimulus stimulus, FeatureSpace space) {
        StringBuilder text = new StringBuilder(stimulus.order().name());
        for (Slot slot : Slot.values()) {
            List<String> known = new ArrayList<>();
            for (int f = 0; f < space.size(); f++) {
                if (stimulus.slot(slot).isKnown(f)) {
                    known.add(space.feature(f).text(stimulus.slot(slot).allowed(f)));
                }
            }
            text.append(' ').append(slot.label()).append('[').append(String.join(",", known)).append(']');
        }
        return text.toString();
    }

    /**
     * The heads' L2 curve: held-out log-likelihood (summed over the folds) against L2 on a log axis, each value
     * with +-1 standard error, the values within one standard error of the best marked, and the line one standard
     * error below the best. Each point is labelled with its L2 as text (in the SVG too).
     */
    public static XYChart l2Curve(String language, HeadEnsemble.CrossValidation cv) {
        List<L2Path.Point> points = cv.curve().points();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(language + ": the heads' held-out log-likelihood by L2 (" + cv.folds() + " folds)")
                .xAxisTitle("L2 weight decay (log scale)").yAxisTitle("held-out log-likelihood (sum over "
                        + Math.round(cv.tokens()) + " tokens)").build();
        style(chart);
        // Decades in scientific notation (1E-4, not 0.0001); each point is labelled 1e-4 in the plot as well.
        chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(true).setXAxisDecimalPattern("0E0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS).setLegendLayout(Styler.LegendLayout.Horizontal);
        double low = points.get(0).l2();
        double high = points.get(points.size() - 1).l2();
        chart.getStyler().setXAxisMin(low / 3).setXAxisMax(high * 3);
        double[] x = points.stream().mapToDouble(L2Path.Point::l2).toArray();
        double[] y = points.stream().mapToDouble(L2Path.Point::logLik).toArray();
        double[] se = points.stream().mapToDouble(p -> Double.isFinite(p.se()) ? p.se() : 0).toArray();
        L2Path.Point best = cv.curve().best();
        double floor = best.logLik() - (Double.isFinite(best.se()) ? best.se() : 0);
        XYSeries line = chart.addSeries("best - 1 SE", new double[] {low / 3, high * 3}, new double[] {floor, floor});
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                .setLineColor(Color.GRAY).setLineStyle(new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT,
                        java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6, 4}, 0));
        XYSeries curve = chart.addSeries("held-out log-likelihood +- 1 SE", x, y, se);
        curve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.CIRCLE)
                .setMarkerColor(ATTENTION).setLineColor(ATTENTION);
        chart.getStyler().setErrorBarsColor(ATTENTION);
        List<Double> oneSe = cv.oneSeSet();
        double[] setX = points.stream().filter(p -> oneSe.contains(p.l2())).mapToDouble(L2Path.Point::l2).toArray();
        double[] setY = points.stream().filter(p -> oneSe.contains(p.l2())).mapToDouble(L2Path.Point::logLik).toArray();
        XYSeries within = chart.addSeries("within one SE of the best (the one-SE set)", setX, setY);
        within.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(SeriesMarkers.DIAMOND)
                .setMarkerColor(COMPETITION);
        List<PointLabels.Point> labels = new ArrayList<>();
        for (L2Path.Point p : points) {
            String text = Numbers.penalty(p.l2()) + (p.l2() == cv.chosenL2() ? " (chosen)" : "");
            labels.add(new PointLabels.Point(p.l2(), p.logLik(), text, p.l2() == cv.chosenL2() ? ATTENTION
                    : Color.DARK_GRAY));
        }
        chart.addAnnotation(new PointLabels(labels, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        return chart;
    }

    private static void scatter(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setMarker(SeriesMarkers.CIRCLE)
                .setMarkerColor(color);
    }

    static void style(Chart<?, ?> chart) {
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAntiAlias(true);
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        if (chart instanceof CategoryChart) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else if (chart instanceof HeatMapChart) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        } else if (!(chart instanceof XYChart xy && xy.getStyler().getLegendPosition() == Styler.LegendPosition.OutsideE)) {
            styler.setLegendPosition(Styler.LegendPosition.InsideNW);
        }
    }
}
