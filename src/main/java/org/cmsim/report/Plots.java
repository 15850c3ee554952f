package org.cmsim.report;

import java.awt.Color;
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
import org.cmsim.report.chart.Axis;
import org.cmsim.report.chart.HeatMap;
import org.cmsim.report.chart.Legend;
import org.cmsim.report.chart.Mark;
import org.cmsim.report.chart.Marker;
import org.cmsim.report.chart.PointLabels;
import org.cmsim.report.chart.Stroke;
import org.cmsim.report.chart.TextStyle;
import org.cmsim.report.chart.XYPlot;

/**
 * The report's pictures, drawn with {@link org.cmsim.report.chart}: predicted against observed choices, attention per
 * sentence type, the heads' L2 curve, and validity against strength (strengths with intervals and trajectories are in
 * {@link IntervalPlots}). Every axis says its unit.
 */
public final class Plots {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    static final String LOG_ODDS = "log-odds favouring n1";
    static final Color COMPETITION = new Color(0x1f77b4);
    static final Color ATTENTION = new Color(0xd62728);
    /** Points' markers, pixels across. */
    static final double MARKER = 9;
    private static final int MAX_HEATMAP_TYPES = 24;

    private Plots() {
    }

    /**
     * Scatter of predicted P(n1) against the observed share, with the identity line. Both axes span the values
     * (the same range on each, so that the identity is the diagonal), within 0..1.
     */
    public static XYPlot predictedVsObserved(String language, String data, List<Comparison.ConditionRow> rows) {
        double[] observed = rows.stream().mapToDouble(Comparison.ConditionRow::observed).toArray();
        double[] rule = rows.stream().mapToDouble(Comparison.ConditionRow::multiplicative).toArray();
        double[] heads = rows.stream().mapToDouble(Comparison.ConditionRow::attention).toArray();
        double low = 1;
        double high = 0;
        for (double[] values : new double[][] {observed, rule, heads}) {
            for (double v : values) {
                low = Double.isFinite(v) ? Math.min(low, v) : low;
                high = Double.isFinite(v) ? Math.max(high, v) : high;
            }
        }
        double pad = Math.max(0.02, (high - low) * 0.05);
        low = high < low ? 0 : Math.max(-0.02, low - pad);
        high = high < low ? 1 : Math.min(1.02, high + pad);
        XYPlot plot = new XYPlot(WIDTH, HEIGHT)
                .title(language + ": predicted vs observed P(n1 is agent) per " + (data.equals("corpus")
                        ? "sentence type" : "condition"))
                .xAxis(Axis.linear("observed share choosing n1 (" + data + ")").withRange(low, high))
                .yAxis(Axis.linear("predicted P(n1)").withRange(low, high));
        plot.add(new Mark.Line(new double[] {low, high}, new double[] {low, high}, Stroke.solid(Color.GRAY, 1)));
        plot.add(new Mark.Points(observed, rule, Marker.CIRCLE, COMPETITION, MARKER));
        plot.add(new Mark.Points(observed, heads, Marker.CIRCLE, ATTENTION, MARKER));
        plot.legend(new Legend.Entry("Competition Model", COMPETITION, Marker.CIRCLE, null));
        plot.legend(new Legend.Entry("attention head", ATTENTION, Marker.CIRCLE, null));
        plot.legend(new Legend.Entry("identity", Color.GRAY, Marker.NONE, Stroke.solid(Color.GRAY, 1)));
        return plot;
    }


    /**
     * Attention to n1 and n2 where it tells something: the most frequent <em>conflict</em> sentence types (two
     * present cues point to different nouns, so the head must weigh one against the other), then, while fewer
     * than half the rows are filled, the most frequent other types. One row per type, named in the picture (order
     * and the nouns' and verb's features), marked when in conflict, with the true agent and how often it is n1.
     */
    public static HeatMap attentionHeatmap(String language, String data, AttentionStudy.Result result,
                                           Predicate<Stimulus> conflict) {
        List<Stimulus> stimuli = result.examples().stimuli();
        Integer[] chosen = heatmapTypes(result, conflict);
        int shown = chosen.length;
        long conflicts = Arrays.stream(chosen).filter(e -> conflict.test(stimuli.get(e))).count();
        List<String> labels = new ArrayList<>();
        double[][] cells = new double[shown][];
        AttentionHead head = result.head();
        FeatureSpace space = result.head().vocabulary().space();
        for (int i = 0; i < shown; i++) {
            Stimulus stimulus = stimuli.get(chosen[i]);
            double n1Share = result.examples().targetN1(chosen[i]);
            String agent = n1Share >= 0.5 ? String.format(java.util.Locale.ROOT, "agent n1 (%.0f%%)", 100 * n1Share)
                    : String.format(java.util.Locale.ROOT, "agent n2 (%.0f%%)", 100 * (1 - n1Share));
            labels.add((i + 1) + ". " + (conflict.test(stimulus) ? "conflict: " : "") + describe(stimulus, space)
                    + "  -> " + agent);
            double a1 = head.read(stimulus).attentionN1();
            cells[i] = new double[] {a1, 1 - a1};
        }
        String what = conflicts == shown ? shown + " conflict types"
                : conflicts + " conflict types and " + (shown - conflicts) + " others";
        // The darkest shade stays light enough for the printed values to read in black on every cell.
        return new HeatMap(language + " (" + data + "): attention on n1 and n2, " + what,
                "noun attended (the true agent is named on each row)", List.of("n1", "n2"), labels, cells,
                new Color[] {new Color(0xf7fbff), new Color(0x9ecae1), new Color(0x4292c6)});
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
    public static XYPlot l2Curve(String language, HeadEnsemble.CrossValidation cv) {
        List<L2Path.Point> points = cv.curve().points();
        double low = points.get(0).l2();
        double high = points.get(points.size() - 1).l2();
        XYPlot plot = new XYPlot(WIDTH, HEIGHT)
                .title(language + ": the heads' held-out log-likelihood by L2 (" + cv.folds() + " folds)")
                .xAxis(Axis.log("L2 weight decay (log scale)").withRange(low / 3, high * 3))
                .yAxis(Axis.linear("held-out log-likelihood (sum over " + Math.round(cv.tokens()) + " tokens)"))
                .legendAt(Legend.Position.SOUTH);
        double[] x = points.stream().mapToDouble(L2Path.Point::l2).toArray();
        double[] y = points.stream().mapToDouble(L2Path.Point::logLik).toArray();
        L2Path.Point best = cv.curve().best();
        double floor = best.logLik() - (Double.isFinite(best.se()) ? best.se() : 0);
        Stroke dashed = Stroke.dashed(Color.GRAY, 1, 6, 4);
        plot.add(new Mark.Line(new double[] {low / 3, high * 3}, new double[] {floor, floor}, dashed));
        Stroke curve = Stroke.solid(ATTENTION, 1.6);
        for (L2Path.Point p : points) {
            double se = Double.isFinite(p.se()) ? p.se() : 0;
            plot.add(new Mark.Interval(p.l2(), p.logLik() - se, p.logLik() + se, Stroke.solid(ATTENTION, 1.2), 8));
        }
        plot.add(new Mark.Line(x, y, curve));
        plot.add(new Mark.Points(x, y, Marker.CIRCLE, ATTENTION, MARKER));
        List<Double> oneSe = cv.oneSeSet();
        double[] setX = points.stream().filter(p -> oneSe.contains(p.l2())).mapToDouble(L2Path.Point::l2).toArray();
        double[] setY = points.stream().filter(p -> oneSe.contains(p.l2())).mapToDouble(L2Path.Point::logLik).toArray();
        plot.add(new Mark.Points(setX, setY, Marker.DIAMOND, COMPETITION, MARKER));
        List<PointLabels.Point> labels = new ArrayList<>();
        for (L2Path.Point p : points) {
            String text = Numbers.penalty(p.l2()) + (p.l2() == cv.chosenL2() ? " (chosen)" : "");
            labels.add(new PointLabels.Point(p.l2(), p.logLik(), text, p.l2() == cv.chosenL2() ? ATTENTION
                    : Color.DARK_GRAY));
        }
        plot.add(new Mark.Labels(labels, TextStyle.plain(11)));
        plot.legend(new Legend.Entry("held-out log-likelihood +- 1 SE", ATTENTION, Marker.CIRCLE, curve));
        plot.legend(new Legend.Entry("within one SE of the best (the one-SE set)", COMPETITION, Marker.DIAMOND, null));
        plot.legend(new Legend.Entry("best - 1 SE", Color.GRAY, Marker.NONE, dashed));
        return plot;
    }
}
