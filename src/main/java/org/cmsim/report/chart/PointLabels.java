package org.cmsim.report.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Labels for the points of a scatter plot that never overlap one another or another point: each
 * label is placed, once the plot's geometry is known, at the first free spot on
 * rings of growing distance around its point (right, left, above, below, then the diagonals), and
 * tied to its point by a thin line when it had to move away. Where parameters cluster the labels
 * fan out instead of printing over each other. Drawn in the point's colour on a pale backing, so a
 * label stays readable where it crosses an interval bar.
 */
public final class PointLabels {

    /** One point to label, in data coordinates. */
    public record Point(double x, double y, String text, Color color) {
    }

    /** Distances (pixels) from a point to its label, nearest first. */
    private static final int[] RINGS = {5, 14, 24, 36, 50, 66, 84, 104, 126, 150};
    /** Half the size of the square kept free around every point's marker (pixels). */
    private static final int MARKER = 5;
    /** A label farther than this from its point (pixels) gets a line to it. */
    private static final double LEADER = 9;
    private static final Color BACKING = new Color(255, 255, 255, 200);

    private PointLabels() {
    }

    /**
     * Draws the labels of points at {@code screen} (pixels, in the order of {@code points}) inside {@code area};
     * {@code avoid} are further pixel positions of markers that no label may cover.
     */
    static void draw(Canvas canvas, List<Point> points, List<double[]> screen, List<double[]> avoid, TextStyle style,
                     Rectangle2D area) {
        List<double[]> sizes = new ArrayList<>();
        for (Point p : points) {
            sizes.add(new double[] {style.width(p.text()) + 4, style.lineHeight()});
        }
        List<Rectangle2D> boxes = layout(screen, sizes, area, avoid);
        for (int i = 0; i < points.size(); i++) {
            drawOne(canvas, points.get(i), screen.get(i), boxes.get(i), style);
        }
    }

    /**
     * The label boxes (screen pixels) for points at {@code screen} with labels of {@code sizes}
     * (width, height), in order: each at the first spot free of every marker and every box placed
     * before it, within {@code area}.
     */
    static List<Rectangle2D> layout(List<double[]> screen, List<double[]> sizes, Rectangle2D area) {
        return layout(screen, sizes, area, List.of());
    }

    /** As {@link #layout(List, List, Rectangle2D)}, keeping the markers at {@code avoid} free as well. */
    static List<Rectangle2D> layout(List<double[]> screen, List<double[]> sizes, Rectangle2D area,
                                    List<double[]> avoid) {
        List<Rectangle2D> taken = new ArrayList<>();
        List<double[]> markers = new ArrayList<>(screen);
        markers.addAll(avoid);
        for (double[] s : markers) {
            taken.add(new Rectangle2D.Double(s[0] - MARKER, s[1] - MARKER, 2 * MARKER, 2 * MARKER));
        }
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < screen.size(); i++) {
            Rectangle2D box = place(screen.get(i), sizes.get(i)[0], sizes.get(i)[1], area, taken);
            taken.add(box);
            boxes.add(box);
        }
        return boxes;
    }

    /** The first free box on the rings around the point; where none is free, the one overlapping least. */
    private static Rectangle2D place(double[] p, double w, double h, Rectangle2D area, List<Rectangle2D> taken) {
        Rectangle2D best = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        for (int r : RINGS) {
            double d = r * Math.sqrt(0.5);
            double[][] corners = {
                {p[0] + r, p[1] - h / 2}, {p[0] - r - w, p[1] - h / 2},      // right, left
                {p[0] - w / 2, p[1] - r - h}, {p[0] - w / 2, p[1] + r},      // above, below
                {p[0] + d, p[1] - d - h}, {p[0] - d - w, p[1] - d - h},      // above right, above left
                {p[0] + d, p[1] + d}, {p[0] - d - w, p[1] + d}};             // below right, below left
            for (double[] corner : corners) {
                Rectangle2D box = new Rectangle2D.Double(corner[0], corner[1], w, h);
                if (!area.contains(box)) {
                    continue;
                }
                double overlap = 0;
                for (Rectangle2D other : taken) {
                    Rectangle2D common = box.createIntersection(other);
                    overlap += common.isEmpty() ? 0 : common.getWidth() * common.getHeight();
                }
                if (overlap == 0) {
                    return box;
                }
                if (overlap < bestOverlap) {
                    bestOverlap = overlap;
                    best = box;
                }
            }
        }
        return best != null ? best : new Rectangle2D.Double(p[0] + RINGS[0], p[1] - h / 2, w, h);
    }

    private static void drawOne(Canvas canvas, Point point, double[] p, Rectangle2D box, TextStyle style) {
        double nearX = Math.max(box.getMinX(), Math.min(p[0], box.getMaxX()));
        double nearY = Math.max(box.getMinY(), Math.min(p[1], box.getMaxY()));
        Color faded = new Color(point.color().getRed(), point.color().getGreen(), point.color().getBlue(), 150);
        if (Math.hypot(nearX - p[0], nearY - p[1]) > LEADER) {
            canvas.line(p[0], p[1], nearX, nearY, Stroke.solid(faded, 0.8));
        }
        canvas.rect(box.getX(), box.getY(), box.getWidth(), box.getHeight(), BACKING, null);
        double baseline = box.getY() + (box.getHeight() - style.lineHeight()) / 2 + style.size() * 0.98;
        canvas.text(point.text(), box.getX() + 2, baseline, style, point.color().darker(), Canvas.Anchor.START, 0);
    }
}
