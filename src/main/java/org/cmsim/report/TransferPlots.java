package org.cmsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cmsim.transfer.LearningBand;
import org.cmsim.transfer.TransferStudy;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

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

    static XYChart panel(TransferStudy.Result result, String parameter) {
        double deltaStart = start(result.delta(), parameter);
        double headStart = start(result.attention(), parameter);
        XYChart chart = new XYChartBuilder().width(560).height(340)
                .title(String.format(Locale.ROOT, "%s (start: delta %.2f, heads %.2f)", parameter, deltaStart,
                        headStart))
                .xAxisTitle(result.to() + " sentences presented (log)").yAxisTitle("log-odds").build();
        Plots.style(chart);
        chart.getStyler().setXAxisLogarithmic(true).setMarkerSize(0);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        add(chart, result.delta(), parameter, Plots.COMPETITION, null);
        add(chart, result.attention(), parameter, Plots.ATTENTION, new float[] {6, 4});
        return chart;
    }

    private static double start(TransferStudy.Learner learner, String parameter) {
        int j = learner.band().parameters().indexOf(parameter);
        return j < 0 ? Double.NaN : learner.band().mean(0, j);
    }

    private static void add(XYChart chart, TransferStudy.Learner learner, String parameter, Color color,
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
        line(chart, band.learner(), x, mean, color, stroke(2f, dash), true);
        line(chart, band.learner() + " 2.5%", x, low, color, stroke(0.8f, dash), false);
        line(chart, band.learner() + " 97.5%", x, high, color, stroke(0.8f, dash), false);
        double asymptote = learner.l2Asymptote()[j];
        if (Double.isFinite(asymptote)) {
            line(chart, band.learner() + " asymptote", List.of(x.get(0), x.get(x.size() - 1)),
                    List.of(asymptote, asymptote), color, stroke(1.2f, new float[] {2, 3}), false);
        }
    }

    private static BasicStroke stroke(float width, float[] dash) {
        return dash == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }

    private static void line(XYChart chart, String name, List<Double> x, List<Double> y, Color color,
                             BasicStroke stroke, boolean legend) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
        series.setShowInLegend(legend);
    }
}
