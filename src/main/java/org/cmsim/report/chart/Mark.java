package org.cmsim.report.chart;

import java.awt.Color;
import java.util.List;

/** What an x-y plot draws, in data coordinates: lines, points, intervals, arrows to an edge, and point labels. */
public sealed interface Mark {

    /** The x and y values the mark spans, for fitting the axes: {x...}, {y...}. */
    double[][] extent();

    /** A line through the points; a NaN leaves a gap. */
    record Line(double[] x, double[] y, Stroke stroke) implements Mark {
        public Line {
            if (x.length != y.length) {
                throw new IllegalArgumentException("a line needs as many x as y values");
            }
            x = x.clone();
            y = y.clone();
        }

        @Override
        public double[][] extent() {
            return new double[][] {x.clone(), y.clone()};
        }
    }

    /** Points, each drawn as {@code marker}, {@code size} pixels across. */
    record Points(double[] x, double[] y, Marker marker, Color color, double size) implements Mark {
        public Points {
            if (x.length != y.length) {
                throw new IllegalArgumentException("points need as many x as y values");
            }
            x = x.clone();
            y = y.clone();
        }

        @Override
        public double[][] extent() {
            return new double[][] {x.clone(), y.clone()};
        }
    }

    /** A vertical interval at x from low to high, with caps {@code cap} pixels wide (0: none). */
    record Interval(double x, double low, double high, Stroke stroke, double cap) implements Mark {
        @Override
        public double[][] extent() {
            return new double[][] {{x, x}, {low, high}};
        }
    }

    /**
     * An arrow head at (x, y) pointing up ({@code up}) or down: an interval whose bound lies beyond the axis (or is
     * infinite) ends in one at the edge.
     */
    record Arrow(double x, double y, boolean up, Color color) implements Mark {
        @Override
        public double[][] extent() {
            return new double[][] {{x}, {Double.NaN}};
        }
    }

    /** Labels placed beside their points without overlapping ({@link PointLabels}). */
    record Labels(List<PointLabels.Point> points, TextStyle style) implements Mark {
        public Labels {
            points = List.copyOf(points);
        }

        @Override
        public double[][] extent() {
            return new double[][] {points.stream().mapToDouble(PointLabels.Point::x).toArray(),
                points.stream().mapToDouble(PointLabels.Point::y).toArray()};
        }
    }
}
