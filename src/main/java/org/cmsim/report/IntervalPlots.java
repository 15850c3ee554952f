package org.cmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.design.Trajectory;
import org.cmsim.validity.CueValidity;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Pictures with their uncertainty: each strength with its 95% profile-likelihood interval (an
 * arrow to the edge where a bound is infinite), each attention contribution with the 2.5-97.5
 * percentile range over the heads, sparse and absent parameters in grey; the overview across
 * languages; and learning trajectories as small multiples, one panel per parameter.
 */
public final class IntervalPlots {

    private static final Color COMPETITION = Plots.COMPETITION;
    private static final Color ATTENTION = Plots.ATTENTION;
    private static final Color GREY = new Color(0xb0b0b0);
    /** Axis half-range (log-odds) beyond which an interval is drawn as reaching the edge. */
    private static final double CLIP = 15;

    private IntervalPlots() {
    }

    /** Per parameter: the Competition strength with its interval beside the heads' mean with its range. */
    public static XYChart strengths(String language, String data, List<Comparison.CueRow> rows) {
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title(language + ": cue strength (95% profile interval) vs attention (range over heads), " + data)
                .xAxisTitle("parameter (grey: sparse or absent, not compared; diamond: separated, value set by the prior)")
                .yAxisTitle(Plots.LOG_ODDS).build();
        Plots.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisTicksVisible(false);
        // The axis spans the finite values and bounds (at most CLIP): an infinite bound reaches its edge.
        double span = 2;
        for (Comparison.CueRow row : rows) {
            for (double v : new double[] {row.competition(), row.competitionLow(), row.competitionHigh(), row.attention(),
                row.attentionLow(), row.attentionHigh()}) {
                span = Double.isFinite(v) ? Math.max(span, Math.min(CLIP, Math.abs(v) + 1)) : span;
            }
        }
        chart.getStyler().setXAxisMin(-0.7).setXAxisMax(rows.size() - 0.3).setYAxisMin(-span - 2).setYAxisMax(span);
        addLegendEntry(chart, "Competition Model (multiplicative)", COMPETITION);
        addLegendEntry(chart, "attention heads (mean)", ATTENTION);
        for (int i = 0; i < rows.size(); i++) {
            Comparison.CueRow row = rows.get(i);
            boolean compared = row.status().comparable();
            Color competition = compared ? COMPETITION : GREY;
            Color attention = compared ? ATTENTION : GREY;
            interval(chart, "c" + i, i - 0.12, row.competition(), row.competitionLow(), row.competitionHigh(), competition,
                    row.status() == ParameterStatus.SEPARATED, span);
            interval(chart, "a" + i, i + 0.12, row.attention(), row.attentionLow(), row.attentionHigh(), attention, false,
                    span);
            String label = row.parameter() + (compared && row.status() != ParameterStatus.SEPARATED ? ""
                    : " (" + row.status().configName() + ")");
            chart.addAnnotation(new AnnotationText(label, i, -span - (i % 2 == 0 ? 0.6 : 1.5), false));
        }
        XYSeries zero = chart.addSeries("zero", new double[] {-0.7, rows.size() - 0.3}, new double[] {0, 0});
        zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(Color.LIGHT_GRAY);
        zero.setShowInLegend(false);
        return chart;
    }

    /**
     * Every language at once: each compared parameter's Competition strength (x, with its profile
     * interval) against the heads' mean contribution (y, with its range). Sparse and absent
     * parameters are left out; separated ones are drawn as diamonds with a one-sided interval.
     */
    public static XYChart overview(List<String> languages, List<List<Comparison.CueRow>> rows) {
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH + 100).height(Plots.HEIGHT + 260)
                .title("All languages: Competition strength vs attention contribution, per parameter")
                .xAxisTitle("Competition Model, " + Plots.LOG_ODDS + " (95% profile-likelihood interval)")
                .yAxisTitle("attention heads, " + Plots.LOG_ODDS + " (2.5-97.5% over seeds)").build();
        Plots.style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        // Both axes span the points (not their intervals, which reach the edge when longer), the same
        // range on each so that the grey line of equal values is the diagonal.
        double[] range = overviewRange(rows);
        double low = range[0];
        double high = range[1];
        chart.getStyler().setXAxisMin(low).setXAxisMax(high).setYAxisMin(low).setYAxisMax(high);
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
            new Color(0x17becf), new Color(0x393b79), new Color(0xad494a)};
        XYSeries identity = chart.addSeries("equal", new double[] {low, high}, new double[] {low, high});
        identity.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                .setLineColor(Color.LIGHT_GRAY);
        List<PointLabels.Point> labels = new ArrayList<>();
        for (int l = 0; l < languages.size(); l++) {
            Color color = palette[l % palette.length];
            String code = languageCode(languages.get(l));
            addLegendEntry(chart, code + ": " + languages.get(l), color);
            for (Comparison.CueRow row : rows.get(l)) {
                if (!row.status().comparable() || !Double.isFinite(row.attention())) {
                    continue;
                }
                String id = languages.get(l) + row.parameter();
                double x = clip(row.competition(), low, high);
                double y = clip(row.attention(), low, high);
                line(chart, id + "h", clip(row.competitionLow(), low, high), y, clip(row.competitionHigh(), low, high), y,
                        color);
                line(chart, id + "v", x, clip(row.attentionLow(), low, high), x, clip(row.attentionHigh(), low, high),
                        color);
                XYSeries point = chart.addSeries(id, new double[] {x}, new double[] {y});
                point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                point.setMarker(row.status() == ParameterStatus.SEPARATED ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
                point.setMarkerColor(color);
                point.setShowInLegend(false);
                labels.add(new PointLabels.Point(x, y, code + " " + row.parameter(), color));
            }
        }
        chart.addAnnotation(new PointLabels(labels, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11)));
        return chart;
    }

    /**
     * Each cue's overall validity in the corpus (x) against its strength in both models (y, absolute log-odds of the
     * parameter standing for it, word order as its most frequent level): the rule with its 95% profile interval, the
     * heads' mean with their range. A cue the rule's fit separates is a diamond at its interval's finite bound, its
     * interval running to the top edge: its strength is at least that. Sparse and absent cues are left out.
     */
    public static XYChart validityVsStrength(String language, List<CueValidity.Row> validity,
                                             List<Comparison.CueRow> rows, List<org.cmsim.model.Cue> cues) {
        Map<String, Comparison.CueRow> byParameter = new LinkedHashMap<>();
        rows.forEach(r -> byParameter.put(r.parameter(), r));
        Map<String, RelationVerdicts.CueParameter> rule = new LinkedHashMap<>();
        RelationVerdicts.cueParameters(rows, cues, RelationVerdicts.Model.COMPETITION, java.util.Optional.empty())
                .forEach(c -> rule.put(c.cue(), c));
        double top = 2;
        for (CueValidity.Row v : validity) {
            RelationVerdicts.CueParameter c = rule.get(v.cue());
            if (c != null && c.status().comparable()) {
                Comparison.CueRow row = byParameter.get(c.parameter());
                for (double y : new double[] {c.atLeast(), size(row.competitionLow(), row.competitionHigh())[1],
                    size(row.attentionLow(), row.attentionHigh())[1], Math.abs(row.attention())}) {
                    top = Double.isFinite(y) ? Math.max(top, Math.min(CLIP, y + 1)) : top;
                }
            }
        }
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title(language + ": cue validity in the corpus vs cue strength")
                .xAxisTitle("overall validity (availability x reliability, 0..1)")
                .yAxisTitle("strength, |" + Plots.LOG_ODDS + "| (order: its most frequent level)").build();
        Plots.style(chart);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(Math.ceil(top));
        addLegendEntry(chart, "Competition Model (95% profile interval; diamond: separated, at least)", COMPETITION);
        addLegendEntry(chart, "attention heads (mean, range over heads)", ATTENTION);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        List<PointLabels.Point> labels = new ArrayList<>();
        for (CueValidity.Row v : validity) {
            RelationVerdicts.CueParameter c = rule.get(v.cue());
            if (c == null || !c.status().comparable() || !Double.isFinite(v.validity())) {
                continue;
            }
            Comparison.CueRow row = byParameter.get(c.parameter());
            double x = v.validity();
            boolean separated = c.status() == ParameterStatus.SEPARATED;
            double ruleY = separated ? c.atLeast() : Math.abs(row.competition());
            double[] ruleRange = separated ? new double[] {c.atLeast(), Math.ceil(top)}
                    : size(row.competitionLow(), row.competitionHigh());
            line(chart, v.cue() + "c", x - 0.008, ruleRange[0], x - 0.008, Math.min(ruleRange[1], Math.ceil(top)),
                    COMPETITION);
            point(chart, v.cue() + "cp", x - 0.008, ruleY, COMPETITION, separated);
            double headY = Math.abs(row.attention());
            if (Double.isFinite(headY)) {
                double[] headRange = size(row.attentionLow(), row.attentionHigh());
                line(chart, v.cue() + "a", x + 0.008, headRange[0], x + 0.008, Math.min(headRange[1], Math.ceil(top)),
                        ATTENTION);
                point(chart, v.cue() + "ap", x + 0.008, headY, ATTENTION, false);
            }
            labels.add(new PointLabels.Point(x, Math.max(ruleY, Double.isFinite(headY) ? headY : ruleY),
                    v.cue() + (separated ? " (separated)" : ""), Color.DARK_GRAY));
        }
        chart.addAnnotation(new PointLabels(labels, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12)));
        return chart;
    }

    /** The sizes an interval of signed log-odds spans: [min |v|, max |v|] over it, from 0 when it straddles 0. */
    static double[] size(double low, double high) {
        if (!(low <= high)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (low <= 0 && high >= 0) {
            return new double[] {0, Math.max(-low, high)};
        }
        return low > 0 ? new double[] {low, high} : new double[] {-high, -low};
    }

    private static void point(XYChart chart, String id, double x, double y, Color color, boolean diamond) {
        XYSeries point = chart.addSeries(id, new double[] {x}, new double[] {y});
        point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        point.setMarker(diamond ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        point.setMarkerColor(color);
        point.setShowInLegend(false);
    }

    /** The axis range of the overview: the points' extent with a margin, within [-CLIP, CLIP]. */
    static double[] overviewRange(List<List<Comparison.CueRow>> rows) {
        double low = -2;
        double high = 2;
        for (List<Comparison.CueRow> language : rows) {
            for (Comparison.CueRow row : language) {
                if (!row.status().comparable() || !Double.isFinite(row.attention()) || !Double.isFinite(row.competition())) {
                    continue;
                }
                low = Math.min(low, Math.min(row.competition(), row.attention()));
                high = Math.max(high, Math.max(row.competition(), row.attention()));
            }
        }
        return new double[] {Math.max(-CLIP, Math.floor(low) - 2), Math.min(CLIP, Math.ceil(high) + 2)};
    }

    /**
     * A short code for a language's labels: its first two letters, and the initial of every further
     * part of a hyphenated name ("english-childes-directed" is "en-cd"), so the variants of one
     * language stay apart.
     */
    static String languageCode(String language) {
        String[] parts = language.split("-");
        StringBuilder code = new StringBuilder(parts[0].substring(0, Math.min(2, parts[0].length())));
        if (parts.length > 1) {
            code.append('-');
            for (int i = 1; i < parts.length; i++) {
                code.append(parts[i].isEmpty() ? "" : parts[i].substring(0, 1));
            }
        }
        return code.toString();
    }

    /**
     * One panel per parameter: the delta rule (solid) and the attention head (dashed), in log-odds; two panels fill
     * a row of the report, each large enough to read the curves.
     */
    public static XYChart trajectoryPanel(String language, String parameter, Trajectory delta, Trajectory attention,
                                          boolean separated) {
        XYChart chart = new XYChartBuilder().width(560).height(340)
                .title(parameter + (separated ? " (diverging: separated)" : ""))
                .xAxisTitle("presentations (log)").yAxisTitle(Plots.LOG_ODDS.replace(" favouring n1", "")).build();
        Plots.style(chart);
        chart.getStyler().setXAxisLogarithmic(true).setMarkerSize(0);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
        addTrajectory(chart, delta, parameter, COMPETITION, null);
        addTrajectory(chart, attention, parameter, ATTENTION, new float[] {6, 4});
        return chart;
    }

    /** Rescorla-Wagner on its own panel: its weights are in signed outcome units, not log-odds. */
    public static XYChart rescorlaWagnerPanel(String language, Trajectory rescorlaWagner) {
        XYChart chart = new XYChartBuilder().width(Plots.WIDTH).height(340).title("Rescorla-Wagner (all parameters)")
                .xAxisTitle("presentations (log)").yAxisTitle("associative strength (outcome units)").build();
        Plots.style(chart);
        chart.getStyler().setXAxisLogarithmic(true).setMarkerSize(0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b)};
        for (int j = 0; j < rescorlaWagner.parameters().size(); j++) {
            addTrajectory(chart, rescorlaWagner, rescorlaWagner.parameters().get(j), palette[j % palette.length], null);
        }
        return chart;
    }

    private static void addTrajectory(XYChart chart, Trajectory trajectory, String parameter, Color color,
                                      float[] dash) {
        int j = trajectory.parameters().indexOf(parameter);
        if (j < 0) {
            return;
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int c = 0; c < trajectory.steps().length; c++) {
            if (trajectory.steps()[c] > 0 && Double.isFinite(trajectory.values()[c][j])) {
                x.add((double) trajectory.steps()[c]);
                y.add(trajectory.values()[c][j]);
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries series = chart.addSeries(trajectory.learner() + ": " + parameter, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(dash == null ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
    }

    /** A point with a vertical interval; an infinite (or clipped) bound reaches the edge with an arrow head. */
    private static void interval(XYChart chart, String id, double x, double value, double low, double high, Color color,
                                 boolean open, double span) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (!Double.isNaN(low) && !Double.isNaN(high)) {
            double top = Math.min(span, high);
            double bottom = Math.max(-span, low);
            line(chart, id + "i", x, bottom, x, top, color);
            if (top != high) {
                arrow(chart, id + "u", x, span, +1, color);
            }
            if (bottom != low) {
                arrow(chart, id + "d", x, -span, -1, color);
            }
        }
        XYSeries point = chart.addSeries(id, new double[] {x}, new double[] {Math.max(-span, Math.min(span, value))});
        point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        point.setMarker(open ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
        point.setMarkerColor(color);
        point.setShowInLegend(false);
    }

    private static void arrow(XYChart chart, String id, double x, double tip, int direction, Color color) {
        line(chart, id + "l", x - 0.06, tip - direction * 0.8, x, tip, color);
        line(chart, id + "r", x + 0.06, tip - direction * 0.8, x, tip, color);
    }

    private static void line(XYChart chart, String id, double x1, double y1, double x2, double y2, Color color) {
        XYSeries series = chart.addSeries(id, new double[] {x1, x2}, new double[] {y1, y2});
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(new BasicStroke(1.6f));
        series.setShowInLegend(false);
    }

    private static void addLegendEntry(XYChart chart, String name, Color color) {
        XYSeries entry = chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN});
        entry.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        entry.setMarker(SeriesMarkers.CIRCLE);
        entry.setMarkerColor(color);
    }

    private static double clip(double value, double low, double high) {
        if (Double.isNaN(value)) {
            return value;
        }
        return Math.max(low, Math.min(high, value));
    }
}
