package org.cmsim.report.chart;

import java.awt.Color;
import java.nio.charset.StandardCharsets;

/**
 * An SVG document written as it is drawn. Text is a {@code <text>} element (font family, size, weight, anchor),
 * never an outline, so titles and labels can be edited in a vector program and found by search; coordinates are
 * rounded to 0.01 pixel, so the same figure gives the same bytes.
 */
public final class SvgCanvas implements Canvas {

    /** The family the PNG is measured in first, then common fallbacks of about its width or narrower. */
    private static final String FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();
    private int clips;
    private boolean clipped;

    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
        body.append("<rect width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroke(stroke)).append("/>\n");
    }

    @Override
    public void polyline(double[] x, double[] y, Stroke stroke) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= x.length; i++) {
            boolean gap = i == x.length || !Double.isFinite(x[i]) || !Double.isFinite(y[i]);
            if (gap) {
                if (points.length() > 0) {
                    body.append("<polyline points=\"").append(points.toString().trim()).append("\" fill=\"none\"")
                            .append(stroke(stroke)).append("/>\n");
                    points.setLength(0);
                }
            } else {
                points.append(n(x[i])).append(',').append(n(y[i])).append(' ');
            }
        }
    }

    @Override
    public void rect(double x, double y, double w, double h, Color fill, Stroke outline) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"').append(fill(fill))
                .append(outline == null ? "" : stroke(outline)).append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill) {
        body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append('"').append(fill(fill)).append("/>\n");
    }

    @Override
    public void polygon(double[] x, double[] y, Color fill) {
        body.append("<polygon points=\"");
        for (int i = 0; i < x.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(x[i])).append(',').append(n(y[i]));
        }
        body.append('"').append(fill(fill)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color color, Anchor anchor, double angle) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(style.size())).append('"').append(style.bold() ? " font-weight=\"bold\"" : "")
                .append(anchor == Anchor.START ? "" : anchor == Anchor.MIDDLE ? " text-anchor=\"middle\""
                        : " text-anchor=\"end\"").append(fill(color));
        if (angle != 0) {
            body.append(" transform=\"rotate(").append(n(angle)).append(' ').append(n(x)).append(' ').append(n(y))
                    .append(")\"");
        }
        body.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        unclip();
        clips++;
        body.append("<clipPath id=\"clip").append(clips).append("\"><rect x=\"").append(n(x)).append("\" y=\"")
                .append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\"/></clipPath>\n<g clip-path=\"url(#clip").append(clips).append(")\">\n");
        clipped = true;
    }

    @Override
    public void unclip() {
        if (clipped) {
            body.append("</g>\n");
            clipped = false;
        }
    }

    /** The finished document. */
    public byte[] bytes() {
        unclip();
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\""
                + FAMILY + "\">\n";
        return (head + body + "</svg>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String stroke(Stroke stroke) {
        StringBuilder s = new StringBuilder(" stroke=\"").append(hex(stroke.color())).append('"');
        if (stroke.color().getAlpha() < 255) {
            s.append(" stroke-opacity=\"").append(n(stroke.color().getAlpha() / 255.0)).append('"');
        }
        s.append(" stroke-width=\"").append(n(stroke.width())).append('"');
        if (stroke.isDashed()) {
            s.append(" stroke-dasharray=\"");
            float[] dash = stroke.dash();
            for (int i = 0; i < dash.length; i++) {
                s.append(i == 0 ? "" : " ").append(n(dash[i]));
            }
            s.append('"');
        } else {
            s.append(" stroke-linecap=\"round\"");
        }
        return s.toString();
    }

    private static String fill(Color color) {
        if (color == null) {
            return " fill=\"none\"";
        }
        return " fill=\"" + hex(color) + "\"" + (color.getAlpha() < 255 ? " fill-opacity=\""
                + n(color.getAlpha() / 255.0) + "\"" : "");
    }

    private static String hex(Color color) {
        return String.format("#%06x", color.getRGB() & 0xffffff);
    }

    /** A coordinate rounded to 0.01, without trailing zeros ("12", "12.5", "-0.25"). */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long whole = abs / 100;
        long fraction = abs % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (fraction % 10 == 0 ? String.valueOf(fraction / 10)
                : String.format("%02d", fraction));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
