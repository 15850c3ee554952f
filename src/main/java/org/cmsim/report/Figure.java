package org.cmsim.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cmsim.report.chart.Drawing;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A plot: its file name (without extension), a caption, and its pictures, each drawn when first asked for and
 * then kept, so a figure costs only the formats used, once each. {@code written}: the formats its files were
 * written in (the report names them).
 */
public final class Figure {

    /** The pictures of one drawing, made on first use. */
    private static final class Pictures {
        private final Supplier<byte[]> png;
        private final Supplier<byte[]> svg;
        private byte[] pngBytes;
        private byte[] svgBytes;

        Pictures(Supplier<byte[]> png, Supplier<byte[]> svg) {
            this.png = png;
            this.svg = svg;
        }

        synchronized byte[] png() {
            pngBytes = pngBytes == null ? png.get() : pngBytes;
            return pngBytes;
        }

        synchronized byte[] svg() {
            svgBytes = svgBytes == null ? svg.get() : svgBytes;
            return svgBytes;
        }
    }

    private final String name;
    private final String caption;
    private final Pictures pictures;
    private final Set<FigureFormat> written;

    private Figure(String name, String caption, Pictures pictures, Set<FigureFormat> written) {
        this.name = name;
        this.caption = caption;
        this.pictures = pictures;
        this.written = written.isEmpty() ? EnumSet.noneOf(FigureFormat.class) : EnumSet.copyOf(written);
    }

    /** A figure of a drawing of cmsim's own: its SVG keeps every text as a {@code <text>} element. */
    public static Figure of(String name, String caption, Drawing drawing) {
        return new Figure(name, caption, new Pictures(drawing::png, drawing::svg), Set.of());
    }

    /**
     * A figure of an XChart chart, for plots not yet drawn with {@link org.cmsim.report.chart}: XChart writes
     * text into its SVG as outlines, which cannot be edited.
     */
    public static Figure of(String name, String caption, Chart<?, ?> chart) {
        return new Figure(name, caption, new Pictures(() -> {
            try {
                return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> {
            try {
                ByteArrayOutputStream svg = new ByteArrayOutputStream();
                VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                return svg.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), Set.of());
    }

    /** A figure of pictures already made. */
    public static Figure ofBytes(String name, String caption, byte[] png, byte[] svg) {
        byte[] p = png.clone();
        byte[] s = svg.clone();
        return new Figure(name, caption, new Pictures(() -> p, () -> s), Set.of());
    }

    /** The same figure, recorded as written in {@code formats}. */
    public Figure writtenAs(Set<FigureFormat> formats) {
        return new Figure(name, caption, pictures, formats);
    }

    public String name() {
        return name;
    }

    public String caption() {
        return caption;
    }

    public byte[] png() {
        return pictures.png().clone();
    }

    public byte[] svg() {
        return pictures.svg().clone();
    }

    public byte[] bytes(FigureFormat format) {
        return format == FigureFormat.PNG ? png() : svg();
    }

    /** The file names it was written under, SVG first. */
    public List<String> files() {
        return List.of(FigureFormat.SVG, FigureFormat.PNG).stream().filter(written::contains).map(f -> f.file(name))
                .toList();
    }
}
