package org.cmsim.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A raster picture drawn with Java 2D (anti-aliased, white ground), encoded as PNG. */
public final class PngCanvas implements Canvas {

    private final BufferedImage image;
    private final Graphics2D g;

    public PngCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        g.setColor(stroke.color());
        g.setStroke(stroke.awt());
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] x, double[] y, Stroke stroke) {
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                open = false;
            } else if (open) {
                path.lineTo(x[i], y[i]);
            } else {
                path.moveTo(x[i], y[i]);
                open = true;
            }
        }
        g.setColor(stroke.color());
        g.setStroke(stroke.awt());
        g.draw(path);
    }

    @Override
    public void rect(double x, double y, double width, double height, Color fill, Stroke outline) {
        Rectangle2D.Double box = new Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(fill);
            g.fill(box);
        }
        if (outline != null) {
            g.setColor(outline.color());
            g.setStroke(outline.awt());
            g.draw(box);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override
    public void polygon(double[] x, double[] y, Color fill) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            path.lineTo(x[i], y[i]);
        }
        path.closePath();
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Color color, Anchor anchor, double angle) {
        AffineTransform before = g.getTransform();
        if (angle != 0) {
            g.rotate(Math.toRadians(angle), x, y);
        }
        double width = anchor == Anchor.START ? 0 : style.width(text);
        double start = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
        g.setFont(style.font());
        g.setColor(color);
        g.drawString(text, (float) start, (float) y);
        g.setTransform(before);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.setClip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    /** The picture as PNG. */
    public byte[] bytes() {
        g.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
