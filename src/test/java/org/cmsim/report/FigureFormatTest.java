package org.cmsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cmsim.report.chart.Canvas;
import org.cmsim.report.chart.Drawing;
import org.junit.jupiter.api.Test;

class FigureFormatTest {

    @Test
    void parsesListsOfFormatsAndNone() {
        assertEquals(EnumSet.of(FigureFormat.PNG, FigureFormat.SVG), FigureFormat.parse("png,svg"));
        assertEquals(EnumSet.of(FigureFormat.SVG), FigureFormat.parse("svg"));
        assertEquals(EnumSet.of(FigureFormat.PNG), FigureFormat.parse(" png "));
        assertEquals(Set.of(), FigureFormat.parse("none"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureFormat.parse("png,pdf"));
        assertTrue(e.getMessage().contains("'pdf'"), e.getMessage());
        assertEquals("plots.svg", FigureFormat.SVG.file("plots"));
        assertEquals("plots.png", FigureFormat.PNG.file("plots"));
    }

    @Test
    void aFigureIsDrawnOnlyInTheFormatsAskedForAndOnce() {
        AtomicInteger drawn = new AtomicInteger();
        Drawing counting = new Drawing() {
            @Override
            public int width() {
                return 10;
            }

            @Override
            public int height() {
                return 10;
            }

            @Override
            public void draw(Canvas canvas) {
                drawn.incrementAndGet();
            }
        };
        Figure figure = Figure.of("f", "caption", counting);
        assertEquals(0, drawn.get(), "nothing drawn before it is asked for");
        figure.svg();
        figure.writtenAs(EnumSet.of(FigureFormat.SVG)).svg();
        assertEquals(1, drawn.get(), "the SVG drawn once");
        figure.png();
        assertEquals(2, drawn.get());
        assertEquals(java.util.List.of("f.svg", "f.png"),
                figure.writtenAs(EnumSet.of(FigureFormat.PNG, FigureFormat.SVG)).files());
    }
}
