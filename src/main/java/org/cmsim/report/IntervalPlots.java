package org.cmsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cmsim.compare.Comparison;
import org.cmsim.compare.RelationVerdicts;
import org.cmsim.competition.ParameterStatus;
import org.cmsim.design.Trajectory;
import org.cmsim.report.chart.Axis;
import org.cmsim.report.chart.Legend;
import org.cmsim.report.chart.Mark;
import org.cmsim.report.chart.Marker;
import org.cmsim.report.chart.PointLabels;
import org.cmsim.report.chart.Stroke;
import org.cmsim.report.chart.TextStyle;
import org.cmsim.report.chart.XYPlot;
import org.cmsim.validity.CueValidity;

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

    /**
     * Per parameter: the Competition strength with its interval beside the heads' mean with its range. The y axis
     * spans the values and finite bounds (within +-CLIP) and zero; a bound beyond it ends in an arrow at the edge.
     * The parameters name the x axis, under the plot.
     */
    public static XYPlot strengths(String language, String data, List<Comparison.CueRow> rows) {
        double low = 0;
        double high = 0;
        for (Comparison.CueRow row : rows) {
            for (double v : new double[] {row.competition(), row.competitionLow(), row.competitionHigh(), row.attention(),
                row.attentionLow(), row.attentionHigh()}) {
                low = Double.isFinite(v) ? Math.min(low, Math.max(-CLIP, v)) : low;
                high = Double.isFinite(v) ? Math.max(high, Math.min(CLIP, v)) : high;
            }
        }
        double pad = Math.max(0.5, (high - low) * 0.06);
        low -= pad;
        high += pad;
        List<String> names = new ArrayList<>();
        for (Comparison.CueRow row : rows) {
            boolean plain = row.status().comparable() && row.status() != ParameterStatus.SEPARATED;
            names.add(row.parameter() + (plain ? "" : " (" + row.status().configName() + ")"));
        }
        XYPlot plot = new XYPlot(Plots.WIDTH, Plots.HEIGHT)
                .title(language + ": cue strength (95% profile interval) vs attention (range over heads), " + data)
                .xAxis(Axis.categories("parameter (grey: sparse or absent, not compared; diamond: separated, value set"
                        + " by the prior)", names))
                .yAxis(Axis.linear(Plots.LOG_ODDS).withRange(low, high))
                .legendAt(Legend.Position.SOUTH);
        plot.add(new Mark.Line(new double[] {-0.5, rows.size() - 0.5}, new double[] {0, 0},
                Stroke.solid(Color.LIGHT_GRAY, 1)));
        plot.legend(new Legend.Entry("Competition Model (multiplicative)", COMPETITION, Marker.CIRCLE, null));
        plot.legend(new Legend.Entry("attention heads (mean)", ATTENTION, Marker.CIRCLE, null));
        plot.legend(new Legend.Entry("separated: at least", COMPETITION, Marker.DIAMOND, null));
        for (int i = 0; i < rows.size(); i++) {
            Comparison.CueRow row = rows.get(i);
            boolean compared = row.status().comparable();
            interval(plot, i - 0.12, row.competition(), row.competitionLow(), row.competitionHigh(),
                    compared ? COMPETITION : GREY, row.status() == ParameterStatus.SEPARATED, low, high);
            interval(plot, i + 0.12, row.attention(), row.attentionLow(), row.attentionHigh(),
                    compared ? ATTENTION : GREY, false, low, high);
        }
        return plot;
    }

    /**
     * Every language at once: each compared parameter's Competition strength (x, with its profile
     * interval) against the heads' mean contribution (y, with its range). Sparse and absent
     * parameters are left out; separated ones are drawn as diamonds with a one-sided interval.
     */
    public static XYPlot overview(List<String> languages, List<List<Comparison.CueRow>> rows) {
        // Both axes span the points (not their intervals, which reach the edge when longer), the same
        // range on each so that the grey line of equal values is the diagonal.
        double[] range = overviewRange(rows);
        double low = range[0];
        double high = range[1];
        XYPlot chart = new XYPlot(Plots.WIDTH + 100, Plots.HEIGHT + 260)
                .title("All languages: Competition strength vs attention contribution, per parameter")
                .xAxis(Axis.linear("Competition Model, " + Plots.LOG_ODDS + " (95% profile-likelihood interval)")
                        .withRange(low, high))
                .yAxis(Axis.linear("attention heads, " + Plots.LOG_ODDS + " (2.5-97.5% over seeds)")
                        .withRange(low, high))
                .legendAt(Legend.Position.EAST);
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22),
            new Color(0x17becf), new Color(0x393b79), new Color(0xad494a)};
        chart.add(new Mark.Line(new double[] {low, high}, new double[] {low, high}, Stroke.solid(Color.LIGHT_GRAY, 1.5)));
        chart.legend(new Legend.Entry("equal", Color.LIGHT_GRAY, Marker.NONE, Stroke.solid(Color.LIGHT_GRAY, 1.5)));
        List<PointLabels.Point> labels = new ArrayList<>();
        for (int l = 0; l < languages.size(); l++) {
            Color color = palette[l % palette.length];
            String code = languageCode(languages.get(l));
            addLegendEntry(chart, code + ": " + languages.get(l), color);
            for (Comparison.CueRow row : rows.get(l)) {
                if (!row.status().comparable() || !Double.isFinite(row.attention())) {
                    continue;
                }
                double x = clip(row.competition(), low, high);
                double y = clip(row.attention(), low, high);
                line(chart, clip(row.competitionLow(), low, high), y, clip(row.competitionHigh(), low, high), y, color);
                line(chart, x, clip(row.attentionLow(), low, high), x, clip(row.attentionHigh(), low, high), color);
                point(chart, x, y, color, row.status() == ParameterStatus.SEPARATED);
                labels.add(new PointLabels.Point(x, y, code + " " + row.parameter(), color));
            }
        }
        chart.add(new Mark.Labels(labels, TextStyle.plain(11)));
        return chart;
    }

    /**
     * Each cue's overall validity in the corpus (x) against its strength in both models (y, absolute log-odds of the
     * parameter standing for it, word order as its most frequent level): the rule with its 95% profile interval, the
     * heads' mean with their range. A cue the rule's fit separates is a diamond at its interval's finite bound, its
     * interval running to the top edge: its strength is at least that. Sparse and absent cues are left out.
     */
    public static XYPlot validityVsStrength(String language, List<CueValidity.Row> validity,
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
        double xLow = 1;
        double xHigh = 0;
        for (CueValidity.Row v : validity) {
            RelationVerdicts.CueParameter c = rule.get(v.cue());
            if (c != null && c.status().comparable() && Double.isFinite(v.validity())) {
                xLow = Math.min(xLow, v.validity());
                xHigh = Math.max(xHigh, v.validity());
            }
        }
        // The x axis spans the validities (at least 0.1 wide), within 0..1; each cue's two marks sit a hair apart.
        double pad = Math.max(0.05, (xHigh - xLow) * 0.08);
        xLow = xHigh < xLow ? 0 : Math.max(0, xLow - pad);
        xHigh = xHigh < xLow ? 1 : Math.min(1, xHigh + pad);
        double apart = (xHigh - xLow) * 0.008;
        double yTop = Math.ceil(top);
        XYPlot chart = new XYPlot(Plots.WIDTH, Plots.HEIGHT)
                .title(language + ": cue validity in the corpus vs cue strength")
                .xAxis(Axis.linear("overall validity (availability x reliability, 0..1)").withRange(xLow, xHigh))
                .yAxis(Axis.linear("strength, |" + Plots.LOG_ODDS + "| (order: its most frequent level)")
                        .withRange(0, yTop))
                .legendAt(Legend.Position.SOUTH);
        chart.legend(new Legend.Entry("Competition Model (95% profile interval)", COMPETITION, Marker.CIRCLE, null));
        chart.legend(new Legend.Entry("separated: at least (interval to the top)", COMPETITION, Marker.DIAMOND, null));
        chart.legend(new Legend.Entry("attention heads (mean, range over heads)", ATTENTION, Marker.CIRCLE, null));
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
            double[] ruleRange = separated ? new double[] {c.atLeast(), yTop}
                    : size(row.competitionLow(), row.competitionHigh());
            line(chart, x - apart, ruleRange[0], x - apart, Math.min(ruleRange[1], yTop), COMPETITION);
            if (separated || ruleRange[1] > yTop) {
                chart.add(new Mark.Arrow(x - apart, yTop, true, COMPETITION));
            }
            point(chart, x - apart, ruleY, COMPETITION, separated);
            double headY = Math.abs(row.attention());
            if (Double.isFinite(headY)) {
                double[] headRange = size(row.attentionLow(), row.attentionHigh());
                line(chart, x + apart, headRange[0], x + apart, Math.min(headRange[1], yTop), ATTENTION);
                point(chart, x + apart, headY, ATTENTION, false);
            }
            labels.add(new PointLabels.Point(x, Math.max(ruleY, Double.isFinite(headY) ? headY : ruleY),
                    v.cue() + (separated ? " (separated)" : ""), Color.DARK_GRAY));
        }
        chart.add(new Mark.Labels(labels, TextStyle.plain(12)));
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

    private static void point(XYPlot chart, double x, double y, Color color, boolean diamond) {
        chart.add(new Mark.Points(new double[] {x}, new double[] {y}, diamond ? Marker.DIAMOND : Marker.CIRCLE, color,
                Plots.MARKER));
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
     * One panel per parameter: the delta rule (solid) and the attention head (dashed), in log-odds, over the
     * report's full width so that the curves read.
     */
    public static XYPlot trajectoryPanel(String language, String parameter, Trajectory delta, Trajectory attention,
                                         boolean separated) {
        XYPlot chart = new XYPlot(Plots.WIDTH, 330)
                .title(language + ": " + parameter + (separated ? " (diverging: separated)" : "")).titleStyle(TextStyle.bold(13))
                .xAxis(Axis.log("presentations (log scale)"))
                .yAxis(Axis.linear(Plots.LOG_ODDS.replace(" favouring n1", "")));
        Stroke solid = Stroke.solid(COMPETITION, 2);
        Stroke dashed = Stroke.dashed(ATTENTION, 2, 6, 4);
        if (addTrajectory(chart, delta, parameter, solid)) {
            chart.legend(new Legend.Entry("delta rule", COMPETITION, Marker.NONE, solid));
        }
        if (addTrajectory(chart, attention, parameter, dashed)) {
            chart.legend(new Legend.Entry("first attention head", ATTENTION, Marker.NONE, dashed));
        }
        return chart;
    }

    /** Rescorla-Wagner on its own panel: its weights are in signed outcome units, not log-odds. */
    public static XYPlot rescorlaWagnerPanel(String language, Trajectory rescorlaWagner) {
        XYPlot chart = new XYPlot(Plots.WIDTH, 360).title(language + ": Rescorla-Wagner (all parameters)")
                .titleStyle(TextStyle.bold(13))
                .xAxis(Axis.log("presentations (log scale)"))
                .yAxis(Axis.linear("associative strength (outcome units)"))
                .legendAt(Legend.Position.EAST);
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
        for (int j = 0; j < rescorlaWagner.parameters().size(); j++) {
            Stroke stroke = Stroke.solid(palette[j % palette.length], 2);
            String parameter = rescorlaWagner.parameters().get(j);
            if (addTrajectory(chart, rescorlaWagner, parameter, stroke)) {
                chart.legend(new Legend.Entry(parameter, stroke.color(), Marker.NONE, stroke));
            }
        }
        return chart;
    }

    /** Adds the learner's values of the parameter after each checkpoint; false when it has none. */
    private static boolean addTrajectory(XYPlot chart, Trajectory trajectory, String parameter, Stroke stroke) {
        int j = trajectory.parameters().indexOf(parameter);
        if (j < 0) {
            return false;
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
            return false;
        }
        chart.add(new Mark.Line(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray(), stroke));
        return true;
    }

    /**
     * A point with a vertical interval, both within [low, high] of the axis: a bound beyond it (or infinite)
     * reaches the edge with an arrow head.
     */
    private static void interval(XYPlot chart, double x, double value, double from, double to, Color color,
                                 boolean open, double low, double high) {
        if (!Double.isFinite(value)) {
            return;
        }
        if (!Double.isNaN(from) && !Double.isNaN(to)) {
            chart.add(new Mark.Interval(x, Math.max(low, from), Math.min(high, to), Stroke.solid(color, 1.6), 0));
            if (to > high) {
                chart.add(new Mark.Arrow(x, high, true, color));
            }
            if (from < low) {
                chart.add(new Mark.Arrow(x, low, false, color));
            }
        }
        point(chart, x, Math.max(low, Math.min(high, value)), color, open);
    }

    private static void line(XYPlot chart, double x1, double y1, double x2, double y2, Color color) {
        chart.add(new Mark.Line(new double[] {x1, x2}, new double[] {y1, y2}, Stroke.solid(color, 1.6)));
    }

    private static void addLegendEntry(XYPlot chart, String name, Color color) {
        chart.legend(new Legend.Entry(name, color, Marker.CIRCLE, null));
    }

    private static double clip(double value, double low, double high) {
        if (Double.isNaN(value)) {
            return value;
        }
        return Math.max(low, Math.min(high, value));
    }
}
