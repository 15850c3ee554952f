package org.cmsim.report.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * An x-y plot: a title, two axes (fitted to the values drawn unless fixed), marks in data coordinates and a
 * legend. Margins are measured from the text they hold, so tick labels, category names and titles sit outside the
 * plot area and never on a point.
 */
public final class XYPlot implements Drawing {

    static final TextStyle TITLE = TextStyle.bold(15);
    static final TextStyle AXIS_TITLE = TextStyle.plain(13);
    static final TextStyle TICK = TextStyle.plain(12);
    private static final Color GRID = new Color(0xebebeb);
    private static final Color FRAME = new Color(0x999999);
    private static final Color INK = new Color(0x222222);
    /** Marks to aim for on a numeric axis. */
    private static final int TICKS = 7;

    private final int width;
    private final int height;
    private String title = "";
    private TextStyle titleStyle = TITLE;
    private Axis x = Axis.linear("");
    private Axis y = Axis.linear("");
    private final List<Mark> marks = new ArrayList<>();
    private final List<Legend.Entry> legend = new ArrayList<>();
    private Legend.Position legendPosition = Legend.Position.INSIDE;

    public XYPlot(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public XYPlot title(String text) {
        this.title = text;
        return this;
    }

    public XYPlot titleStyle(TextStyle style) {
        this.titleStyle = style;
        return this;
    }

    public XYPlot xAxis(Axis axis) {
        this.x = axis;
        return this;
    }

    public XYPlot yAxis(Axis axis) {
        this.y = axis;
        return this;
    }

    public XYPlot add(Mark mark) {
        marks.add(mark);
        return this;
    }

    public XYPlot legend(Legend.Entry entry) {
        legend.add(entry);
        return this;
    }

    public XYPlot legendAt(Legend.Position position) {
        this.legendPosition = position;
        return this;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** The axis ranges the plot draws: {xMin, xMax, yMin, yMax}. */
    public double[] ranges() {
        double[] xr = x.range(low(0, x), high(0, x));
        double[] yr = y.range(low(1, y), high(1, y));
        return new double[] {xr[0], xr[1], yr[0], yr[1]};
    }

    private double low(int dim, Axis axis) {
        double low = Double.POSITIVE_INFINITY;
        for (Mark m : marks) {
            for (double v : m.extent()[dim]) {
                if (Double.isFinite(v) && (axis.scale() != Axis.Scale.LOG || v > 0)) {
                    low = Math.min(low, v);
                }
            }
        }
        return Double.isFinite(low) ? low : Double.NaN;
    }

    private double high(int dim, Axis axis) {
        double high = Double.NEGATIVE_INFINITY;
        for (Mark m : marks) {
            for (double v : m.extent()[dim]) {
                if (Double.isFinite(v) && (axis.scale() != Axis.Scale.LOG || v > 0)) {
                    high = Math.max(high, v);
                }
            }
        }
        return Double.isFinite(high) ? high : Double.NaN;
    }

    @Override
    public void draw(Canvas canvas) {
        double[] r = ranges();
        Scale sx = new Scale(x, r[0], r[1]);
        Scale sy = new Scale(y, r[2], r[3]);
        Legend key = new Legend(legendPosition == Legend.Position.NONE ? List.of() : legend);
        double top = 10;
        List<String> titleLines = title.isEmpty() ? List.of() : titleStyle.wrap(title, width - 24);
        top += titleLines.size() * titleStyle.lineHeight() + (titleLines.isEmpty() ? 0 : 8);
        double right = 22;
        double[] eastSize = key.size(width / 3.0, true);
        if (!key.isEmpty() && legendPosition == Legend.Position.EAST) {
            right = eastSize[0] + 28;
        }
        List<String> yLabels = sy.labels();
        double tickWidth = yLabels.stream().mapToDouble(TICK::width).max().orElse(0);
        List<String> yTitle = y.title().isEmpty() ? List.of() : AXIS_TITLE.wrap(y.title(), height - 60);
        double left = 10 + yTitle.size() * AXIS_TITLE.lineHeight() + (yTitle.isEmpty() ? 0 : 6) + tickWidth + 8;
        double plotWidth = width - left - right;
        TickBand band = TickBand.of(sx, plotWidth);
        List<String> xTitle = x.title().isEmpty() ? List.of() : AXIS_TITLE.wrap(x.title(), plotWidth);
        double bottom = 10 + band.height() + xTitle.size() * AXIS_TITLE.lineHeight();
        double[] southSize = key.size(width - 40, false);
        if (!key.isEmpty() && legendPosition == Legend.Position.SOUTH) {
            bottom += southSize[1] + 10;
        }
        double plotHeight = height - top - bottom;
        Rectangle2D area = new Rectangle2D.Double(left, top, plotWidth, plotHeight);
        sx.place(left, left + plotWidth);
        sy.place(top + plotHeight, top);

        for (int t = 0; t < titleLines.size(); t++) {
            canvas.text(titleLines.get(t), width / 2.0, 10 + titleStyle.ascent() + t * titleStyle.lineHeight(),
                    titleStyle, INK, Canvas.Anchor.MIDDLE, 0);
        }
        grid(canvas, sx, sy, area);
        double[] yTicks = sy.ticks();
        for (int t = 0; t < yTicks.length; t++) {
            canvas.text(yLabels.get(t), left - 6, sy.pixel(yTicks[t]) + TICK.size() * 0.35, TICK, INK,
                    Canvas.Anchor.END, 0);
        }
        for (int t = 0; t < yTitle.size(); t++) {
            double lineX = 10 + AXIS_TITLE.ascent() + t * AXIS_TITLE.lineHeight();
            canvas.text(yTitle.get(t), lineX, top + plotHeight / 2, AXIS_TITLE, INK, Canvas.Anchor.MIDDLE, -90);
        }
        band.draw(canvas, sx, top + plotHeight);
        double titleTop = top + plotHeight + band.height();
        for (int t = 0; t < xTitle.size(); t++) {
            canvas.text(xTitle.get(t), left + plotWidth / 2, titleTop + AXIS_TITLE.ascent() + t * AXIS_TITLE.lineHeight(),
                    AXIS_TITLE, INK, Canvas.Anchor.MIDDLE, 0);
        }
        List<double[]> vertices = new ArrayList<>();
        List<double[]> markers = drawMarks(canvas, sx, sy, area, vertices);
        for (Mark m : marks) {
            if (m instanceof Mark.Labels labels) {
                List<double[]> screen = new ArrayList<>();
                labels.points().forEach(p -> screen.add(new double[] {sx.pixel(p.x()), sy.pixel(p.y())}));
                PointLabels.draw(canvas, labels.points(), screen, markers, labels.style(), area);
            }
        }
        if (!key.isEmpty()) {
            switch (legendPosition) {
                case EAST -> key.draw(canvas, width - right + 14, top, width / 3.0, true);
                case SOUTH -> key.draw(canvas, (width - southSize[0]) / 2, height - southSize[1] - 8, width - 40, false);
                case INSIDE -> {
                    vertices.addAll(markers);
                    double[] corner = corner(key.size(plotWidth, true), area, vertices);
                    key.draw(canvas, corner[0], corner[1], plotWidth, true);
                }
                case NONE -> {
                }
            }
        }
    }

    private void grid(Canvas canvas, Scale sx, Scale sy, Rectangle2D area) {
        Stroke grid = Stroke.solid(GRID, 1);
        if (x.categories().isEmpty()) {
            for (double t : sx.ticks()) {
                canvas.line(sx.pixel(t), area.getMinY(), sx.pixel(t), area.getMaxY(), grid);
            }
        }
        for (double t : sy.ticks()) {
            canvas.line(area.getMinX(), sy.pixel(t), area.getMaxX(), sy.pixel(t), grid);
        }
        canvas.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight(), null, Stroke.solid(FRAME, 1));
    }

    /**
     * Draws every mark but the labels; returns the pixel positions of the points drawn and adds the lines'
     * vertices to {@code vertices}.
     */
    private List<double[]> drawMarks(Canvas canvas, Scale sx, Scale sy, Rectangle2D area, List<double[]> vertices) {
        List<double[]> drawn = new ArrayList<>();
        canvas.clip(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        for (Mark m : marks) {
            if (m instanceof Mark.Line line) {
                double[] px = new double[line.x().length];
                double[] py = new double[px.length];
                for (int i = 0; i < px.length; i++) {
                    px[i] = sx.pixel(line.x()[i]);
                    py[i] = sy.pixel(line.y()[i]);
                    vertices.add(new double[] {px[i], py[i]});
                }
                canvas.polyline(px, py, line.stroke());
            } else if (m instanceof Mark.Interval bar && Double.isFinite(bar.x())) {
                double px = sx.pixel(bar.x());
                double low = sy.pixel(Math.max(bar.low(), sy.min - (sy.max - sy.min)));
                double high = sy.pixel(Math.min(bar.high(), sy.max + (sy.max - sy.min)));
                if (Double.isFinite(low) && Double.isFinite(high)) {
                    canvas.line(px, low, px, high, bar.stroke());
                    if (bar.cap() > 0) {
                        canvas.line(px - bar.cap() / 2, low, px + bar.cap() / 2, low, bar.stroke());
                        canvas.line(px - bar.cap() / 2, high, px + bar.cap() / 2, high, bar.stroke());
                    }
                }
            } else if (m instanceof Mark.Arrow arrow) {
                double px = sx.pixel(arrow.x());
                double py = sy.pixel(arrow.y());
                double back = arrow.up() ? 9 : -9;
                Stroke stroke = Stroke.solid(arrow.color(), 1.6);
                canvas.line(px - 5, py + back, px, py + (arrow.up() ? 1 : -1), stroke);
                canvas.line(px + 5, py + back, px, py + (arrow.up() ? 1 : -1), stroke);
            }
        }
        canvas.unclip();
        Rectangle2D inside = new Rectangle2D.Double(area.getX() - 0.5, area.getY() - 0.5, area.getWidth() + 1,
                area.getHeight() + 1);
        for (Mark m : marks) {
            if (m instanceof Mark.Points points && points.marker() != Marker.NONE) {
                for (int i = 0; i < points.x().length; i++) {
                    double px = sx.pixel(points.x()[i]);
                    double py = sy.pixel(points.y()[i]);
                    if (inside.contains(px, py)) {
                        points.marker().draw(canvas, px, py, points.size(), points.color());
                        drawn.add(new double[] {px, py});
                    }
                }
            }
        }
        return drawn;
    }

    /** The inside corner (NW, NE, SW, SE) whose legend box covers fewest points; ties go to the earlier corner. */
    private static double[] corner(double[] size, Rectangle2D area, List<double[]> points) {
        double[][] corners = {{area.getMinX() + 8, area.getMinY() + 8},
            {area.getMaxX() - 8 - size[0], area.getMinY() + 8},
            {area.getMinX() + 8, area.getMaxY() - 8 - size[1]},
            {area.getMaxX() - 8 - size[0], area.getMaxY() - 8 - size[1]}};
        double[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (double[] c : corners) {
            Rectangle2D box = new Rectangle2D.Double(c[0] - 6, c[1] - 6, size[0] + 12, size[1] + 12);
            int covered = (int) points.stream().filter(p -> box.contains(p[0], p[1])).count();
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        return best;
    }
}
