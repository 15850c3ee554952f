package org.cmsim.report.chart;

/** A picture of a known size that can draw itself on any {@link Canvas}: one drawing, any format. */
public interface Drawing {

    int width();

    int height();

    void draw(Canvas canvas);

    /** The drawing as an SVG document, its text as {@code <text>} elements. */
    default byte[] svg() {
        SvgCanvas canvas = new SvgCanvas(width(), height());
        draw(canvas);
        return canvas.bytes();
    }

    /** The drawing as a PNG image. */
    default byte[] png() {
        PngCanvas canvas = new PngCanvas(width(), height());
        draw(canvas);
        return canvas.bytes();
    }
}
