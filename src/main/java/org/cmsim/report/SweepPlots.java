package org.cmsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * A sweep's summary figure for one reported parameter: for each grid setting (combination of grid values),
 * the mean across replicates with its 95% interval as an error bar, one series per measure.
 */
public final class SweepPlots {

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e)};

    private SweepPlots() {
    }

    /**
     * Some mean must be known.
     *
     * @param settings x labels, one per grid setting, in sweep order
     * @param means per measure, the mean at each setting (NaN: no value)
     * @param halfWidths per measure, the interval's half-width at each setting (NaN or 0 when one replicate)
     */
    public static Figure parameter(String name, String parameter, String unit, List<String> settings,
            Map<String, double[]> means, Map<String, double[]> halfWidths, String caption) {
        CategoryChart chart = new CategoryChartBuilder().width(Plots.WIDTH).height(Plots.HEIGHT)
                .title(parameter + ": mean across replicates and 95% interval, per grid setting")
                .xAxisTitle("grid setting").yAxisTitle(unit).build();
        Plots.style(chart);
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(9);
        chart.getStyler().setXAxisLabelRotation(settings.size() > 4 ? 45 : 0);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        int colour = 0;
        for (Map.Entry<String, double[]> measure : means.entrySet()) {
            // Every series spans every setting (XChart lines categories up by position); a missing mean is a gap.
            List<Double> y = new ArrayList<>();
            List<Double> error = new ArrayList<>();
            double[] widths = halfWidths.get(measure.getKey());
            for (int i = 0; i < settings.size(); i++) {
                boolean known = Double.isFinite(measure.getValue()[i]);
                y.add(known ? measure.getValue()[i] : null);
                error.add(known && Double.isFinite(widths[i]) ? widths[i] : 0.0);
            }
            if (y.stream().allMatch(v -> v == null)) {
                continue;
            }
            // XChart takes a gap only in a series without error bars: it reads every point's bar, and a gap
            // has none. Such a measure is drawn with its means alone; summary.csv keeps its intervals.
            CategorySeries series = y.contains(null) ? chart.addSeries(measure.getKey(), settings, y)
                    : chart.addSeries(measure.getKey(), settings, y, error);
            series.setMarkerColor(PALETTE[colour % PALETTE.length]).setLineColor(PALETTE[colour % PALETTE.length]);
            colour++;
        }
        return Figure.of(name, caption, chart);
    }
}
