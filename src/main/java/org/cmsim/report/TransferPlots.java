package org.cmsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmsim.report.chart.Axis;
import org.cmsim.report.chart.Legend;
import org.cmsim.report.chart.Mark;
import org.cmsim.report.chart.Marker;
import org.cmsim.report.chart.Stroke;
import org.cmsim.report.chart.TextStyle;
import org.cmsim.report.chart.XYPlot;
import org.cmsim.transfer.LearningBand;
import org.cmsim.transfer.TransferStudy;

/**
 * Second-language transfer as small multiples, one panel per cue: each learner's mean strength over exposure
 * (delta rule solid blue, attention heads dashed red), thin lines at the 2.5% and 97.5% of its replicates, and
 * a dotted line at its second-language asymptote. Exposure is on a log axis from the first presentation; the
 * start (exposure 0) is the first language's value, written in the panel's title.
 */
public final class TransferPlots {

    private TransferPlots() {
    }

    /** One figure per cue of the transfer, named {@code transfer-CUE} (a file-safe form of the cue's name). */
    public static List<Figure> panels(TransferStudy.Result result) {
        List<Figure> figures = new ArrayList<>();
        for (String parameter : result.delta().band().parameters()) {
            String caption = String.format(Locale.ROOT, "%s from %s to %s: the delta rule (solid) and the attention"
                    + " heads (dashed) over %s exposure, with the 2.5-97.5%% range of their replicates (thin) and"
                    + " the %s asymptote (dotted).", parameter, result.from(), result.to(), result.to(), result.to());
            figures.add(Figure.of(fileName(parameter), caption, panel(result, parameter)));
        }
        return figures;
    }

    /** "transfer-order-NVN" for order=NVN, "transfer-order-effect" for the order effect. */
    static String fileName(String parameter) {
        return "transfer-" + parameter.replaceAll("[^A-Za-z0-9]+", "-");
    }

    static XYPlot panel(TransferStudy.Result result, String parameter) {
        double deltaStart = start(result.delta(), parameter);
        double headStart = start(result.attention(), parameter);
        XYPlot chart = new XYPlot(560, 340)
                .title(String.format(Locale.ROOT, "%s (start: delta %.2f, heads %.2f)", parameter, deltaStart,
                        headStart)).titleStyle(TextStyle.bold(12))
                .xAxis(Axis.log(result.to() + " sentences presented (log)"))
                .yAxis(Axis.linear("log-odds"));
        add(chart, result.delta(), parameter, Plots.COMPETITION, null);
        add(chart, result.attention(), parameter, Plots.ATTENTION, new float[] {6, 4});
        return chart;
    }

    private static double start(TransferStudy.Learner learner, String parameter) {
        int j = learner.band().parameters().indexOf(parameter);
        return j < 0 ? Double.NaN : learner.band().mean(0, j);
    }

    private static void add(XYPlot chart, TransferStudy.Learner learner, String parameter, Color color,
                            float[] dash) {
        LearningBand band = learner.band();
        int j = band.parameters().indexOf(parameter);
        if (j < 0) {
            return;
        }
        List<Double> x = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int c = 0; c < band.exposure().length; c++) {
            double m = band.mean(c, j);
            if (band.exposure()[c] > 0 && Double.isFinite(m)) {
                x.add((double) band.exposure()[c]);
                mean.add(m);
                low.add(band.quantile(c, j, LearningBand.LOW));
                high.add(band.quantile(c, j, LearningBand.HIGH));
            }
        }
        if (x.isEmpty()) {
            return;
        }
        Stroke main = stroke(color, 2, dash);
        line(chart, x, mean, main);
        line(chart, x, low, stroke(color, 0.8, dash));
        line(chart, x, high, stroke(color, 0.8, dash));
        chart.legend(new Legend.Entry(band.learner(), color, Marker.NONE, main));
        double asymptote = learner.l2Asymptote()[j];
        if (Double.isFinite(asymptote)) {
            Stroke dotted = Stroke.dashed(color, 1.2, 2, 3);
            line(chart, List.of(x.get(0), x.get(x.size() - 1)), List.of(asymptote, asymptote), dotted);
            chart.legend(new Legend.Entry(band.learner() + " asymptote", color, Marker.NONE, dotted));
        }
    }

    private static Stroke stroke(Color color, double width, float[] dash) {
        return dash == null ? Stroke.solid(color, width) : Stroke.dashed(color, width, dash);
    }

    private static void line(XYPlot chart, List<Double> x, List<Double> y, Stroke stroke) {
        chart.add(new Mark.Line(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray(), stroke));
    }
}
