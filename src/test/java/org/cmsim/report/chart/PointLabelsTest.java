package org.cmsim.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview's labels: where parameters cluster, no label covers another label or another point. */
class PointLabelsTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(60, 40, 700, 640);

    @Test
    void labelsOfAClusterFanOutWithoutOverlap() {
        // 30 points within 24 pixels of each other (five languages' order levels around 3 log-odds),
        // each with a label as wide as "ge order=NVN" in the overview's font.
        List<double[]> screen = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            screen.add(new double[] {400 + (i * 7) % 24, 300 + (i * 11) % 24});
            sizes.add(new double[] {82, 14});
        }
        List<Rectangle2D> boxes = PointLabels.layout(screen, sizes, AREA);
        assertEquals(30, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            assertTrue(AREA.contains(boxes.get(i)), "inside the plot: " + boxes.get(i));
            for (int j = 0; j < boxes.size(); j++) {
                if (i != j) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
                }
                // No label covers a point's marker (a 10-pixel square), its own included.
                double[] p = screen.get(j);
                assertFalse(boxes.get(i).intersects(p[0] - 5, p[1] - 5, 10, 10), "label " + i + " covers point " + j);
            }
        }
    }

    @Test
    void aLoneLabelSitsRightBesideItsPoint() {
        List<Rectangle2D> boxes = PointLabels.layout(List.of(new double[] {300, 300}), List.of(new double[] {60, 14}),
                AREA);
        assertEquals(new Rectangle2D.Double(305, 293, 60, 14), boxes.get(0));
    }

    @Test
    void aPointAtTheRightEdgeIsLabelledOnItsLeft() {
        List<Rectangle2D> boxes = PointLabels.layout(List.of(new double[] {755, 300}), List.of(new double[] {60, 14}),
                AREA);
        assertEquals(new Rectangle2D.Double(755 - 5 - 60, 293, 60, 14), boxes.get(0));
    }
}
