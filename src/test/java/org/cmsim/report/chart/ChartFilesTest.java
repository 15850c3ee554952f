package org.cmsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart kit's files: the SVG is well-formed XML whose titles, axis titles, category names, legend and labels are
 * {@code <text>} elements (so they can be edited), the names sit below the plot area, and the PNG is a picture of the
 * same size.
 */
class ChartFilesTest {

    private static XYPlot plot() {
        XYPlot plot = new XYPlot(600, 400).title("strengths & <intervals>")
                .xAxis(Axis.categories("parameter", List.of("order=NVN", "animacy", "case")))
                .yAxis(Axis.linear("log-odds favouring n1"))
                .legendAt(Legend.Position.SOUTH);
        plot.add(new Mark.Points(new double[] {0, 1, 2}, new double[] {0.09, 2.5, -1}, Marker.CIRCLE, Color.BLUE, 9));
        plot.add(new Mark.Interval(1, 1.5, 3.5, Stroke.solid(Color.BLUE, 1.5), 6));
        plot.add(new Mark.Line(new double[] {-0.5, 2.5}, new double[] {0, 0}, Stroke.dashed(Color.GRAY, 1, 6, 4)));
        plot.add(new Mark.Labels(List.of(new PointLabels.Point(2, -1, "case label", Color.RED)), TextStyle.plain(11)));
        plot.legend(new Legend.Entry("Competition Model", Color.BLUE, Marker.CIRCLE, null));
        return plot;
    }

    private static Element parse(byte[] svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg))
                .getDocumentElement();
    }

    private static List<String> texts(Element root) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static double textY(Element root, String text) {
        NodeList nodes = root.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(text)) {
                return Double.parseDouble(((Element) nodes.item(i)).getAttribute("y"));
            }
        }
        throw new AssertionError("no text " + text);
    }

    @Test
    void svgIsXmlWithEveryLabelAsText() throws Exception {
        Element root = parse(plot().svg());
        assertEquals("svg", root.getTagName());
        assertEquals("600", root.getAttribute("width"));
        List<String> texts = texts(root);
        for (String expected : List.of("strengths & <intervals>", "parameter", "log-odds favouring n1", "order=NVN",
                "animacy", "case", "Competition Model", "case label")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertFalse(new String(plot().svg(), java.nio.charset.StandardCharsets.UTF_8).contains("NaN"));
    }

    @Test
    void categoryNamesSitBelowThePlotArea() throws Exception {
        Element root = parse(plot().svg());
        NodeList circles = root.getElementsByTagName("circle");
        double lowest = 0;
        // The three points; the legend's marker, drawn last, is below the plot.
        for (int i = 0; i < 3; i++) {
            lowest = Math.max(lowest, Double.parseDouble(((Element) circles.item(i)).getAttribute("cy")));
        }
        // The frame of the plot area is the first rectangle drawn without a fill.
        NodeList rects = root.getElementsByTagName("rect");
        double bottom = Double.NaN;
        for (int i = 0; i < rects.getLength() && Double.isNaN(bottom); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("fill").equals("none")) {
                bottom = Double.parseDouble(r.getAttribute("y")) + Double.parseDouble(r.getAttribute("height"));
            }
        }
        assertTrue(lowest < bottom, "points inside the frame");
        for (String name : List.of("order=NVN", "animacy", "case")) {
            assertTrue(textY(root, name) - XYPlot.TICK.ascent() > bottom, name + " below the plot area");
        }
    }

    @Test
    void pngIsAPictureOfTheSameSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(plot().png()));
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a plot, not a blank image");
    }

    @Test
    void panelsShareOneLegendAndTheHeatMapPrintsItsValues() throws Exception {
        Panels panels = new Panels(List.of(plot(), plot()),
                new Legend(List.of(new Legend.Entry("hierarchy rule (predicted)", Color.DARK_GRAY, Marker.NONE,
                        Stroke.dashed(Color.DARK_GRAY, 1.5, 2, 3)))));
        Element root = parse(panels.svg());
        assertEquals("1200", root.getAttribute("width"));
        assertEquals(1, texts(root).stream().filter("hierarchy rule (predicted)"::equals).count());
        assertEquals(2, texts(root).stream().filter("animacy"::equals).count());
        HeatMap map = new HeatMap("attention", "noun attended", List.of("n1", "n2"), List.of("1. NVN", "2. NNV"),
                new double[][] {{0.25, 0.75}, {1, 0}}, new Color[] {Color.WHITE, Color.BLUE});
        List<String> cells = texts(parse(map.svg()));
        assertTrue(cells.containsAll(List.of("0.25", "0.75", "1.00", "0.00", "1. NVN", "n2", "noun attended")), cells.toString());
        // Half way from white to blue: 255 - 0.5 x 255 = 127.5, rounded to 128.
        assertEquals(new Color(128, 128, 255), map.shade(0.5));
    }

    @Test
    void coordinatesAreRoundedToHundredthsWithoutTrailingZeros() {
        assertEquals("12", SvgCanvas.n(12.001));
        assertEquals("12.5", SvgCanvas.n(12.5));
        assertEquals("-0.25", SvgCanvas.n(-0.25));
        assertEquals("0.05", SvgCanvas.n(0.049));
        assertEquals("0", SvgCanvas.n(-0.001));
        assertEquals("a &amp; &lt;b&gt;", SvgCanvas.escape("a & <b>"));
    }

    @Test
    void anAxisRangeMustIncrease() {
        assertThrows(IllegalArgumentException.class, () -> Axis.linear("x").withRange(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Axis.log("x").withRange(0, 1));
        assertEquals(-0.55, Axis.linear("x").range(-0.5, 0.5)[0], 1e-12);
        // A single value gets half a unit on each side.
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.5, 1.5}, Axis.linear("x").range(1, 1), 1e-12);
    }
}
