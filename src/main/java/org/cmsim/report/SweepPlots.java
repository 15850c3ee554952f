package org.cmsim.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cmsim.report.chart.Axis;
import org.cmsim.report.chart.Legend;
import org.cmsim.report.chart.Mark;
import org.cmsim.report.chart.Marker;
import org.cmsim.report.chart.Stroke;
import org.cmsim.report.chart.XYPlot;

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
        Axis settingsAxis = Axis.categories("grid setting", settings).withLabelAngle(settings.size() > 4 ? -45 : 0);
        XYPlot chart = new XYPlot(Plots.WIDTH, Plots.HEIGHT)
                .title(parameter + ": mean across replicates and 95% interval, per grid setting")
                .xAxis(settingsAxis).yAxis(Axis.linear(unit)).legendAt(Legend.Position.SOUTH);
        int colour = 0;
        int measures = means.size();
        for (Map.Entry<String, double[]> measure : means.entrySet()) {
            double[] mean = measure.getValue();
            double[] widths = halfWidths.get(measure.getKey());
            // Side by side within a setting, so that equal means do not hide one another.
            double offset = (colour - (measures - 1) / 2.0) * 0.08;
            Color color = PALETTE[colour % PALETTE.length];
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < settings.size(); i++) {
                if (!Double.isFinite(mean[i])) {
                    continue;
                }
                x.add(i + offset);
                y.add(mean[i]);
                if (Double.isFinite(widths[i]) && widths[i] > 0) {
                    chart.add(new Mark.Interval(i + offset, mean[i] - widths[i], mean[i] + widths[i],
                            Stroke.solid(color, 1.6), 8));
                }
            }
            colour++;
            if (x.isEmpty()) {
                continue;
            }
            chart.add(new Mark.Points(x.stream().mapToDouble(Double::doubleValue).toArray(),
                    y.stream().mapToDouble(Double::doubleValue).toArray(), Marker.CIRCLE, color, Plots.MARKER));
            chart.legend(new Legend.Entry(measure.getKey(), color, Marker.CIRCLE, null));
        }
        return Figure.of(name, caption, chart);
    }
}
