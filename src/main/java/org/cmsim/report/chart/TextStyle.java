package org.cmsim.report.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * A text's size (pixels) and weight, with its measures taken from the sans-serif font the PNG is drawn in. The SVG
 * names the same family first, so that boxes measured here (label placement, margins) fit its text too.
 */
public record TextStyle(double size, boolean bold) {

    /** Anti-aliased, fractional metrics: the measures of the text as the PNG draws it. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    public TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("a text size must be positive, was " + size);
        }
    }

    public static TextStyle plain(double size) {
        return new TextStyle(size, false);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true);
    }

    Font font() {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    /** The width of {@code text} in pixels. */
    public double width(String text) {
        return font().getStringBounds(text, CONTEXT).getWidth();
    }

    /** From the baseline up to the top of the tallest letters. */
    public double ascent() {
        return size * 0.93;
    }

    /** From one line's baseline to the next. */
    public double lineHeight() {
        return size * 1.25;
    }

    /**
     * {@code text} broken at spaces into lines no wider than {@code maxWidth} (a word wider than that stands on its
     * own line).
     */
    public java.util.List<String> wrap(String text, double maxWidth) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(longer) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
