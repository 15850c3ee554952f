package org.cmsim.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** A rendered plot: its file name (without extension), a caption, and PNG and SVG bytes. */
public record Figure(String name, String caption, byte[] png, byte[] svg) {

    public static Figure of(String name, String caption, Chart<?, ?> chart) {
        try {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            return new Figure(name, caption, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG),
                    svg.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
