package org.cmsim.report.chart;

import java.util.List;

/** Plots side by side, with one legend for all of them centred underneath. */
public final class Panels implements Drawing {

    private final List<? extends Drawing> panels;
    private final Legend legend;
    private final int width;
    private final int panelHeight;
    private final int height;

    public Panels(List<? extends Drawing> panels, Legend legend) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels need at least one plot");
        }
        this.panels = List.copyOf(panels);
        this.legend = legend;
        this.width = panels.stream().mapToInt(Drawing::width).sum();
        this.panelHeight = panels.stream().mapToInt(Drawing::height).max().orElseThrow();
        this.height = panelHeight + (legend.isEmpty() ? 0 : (int) Math.ceil(legend.size(width - 40, false)[1]) + 12);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void draw(Canvas canvas) {
        int x = 0;
        for (Drawing panel : panels) {
            panel.draw(canvas.shifted(x, 0));
            x += panel.width();
        }
        if (!legend.isEmpty()) {
            double[] size = legend.size(width - 40, false);
            legend.draw(canvas, (width - size[0]) / 2, panelHeight + 4, width - 40, false);
        }
    }
}
