package shequn.viz;

import org.jfree.chart.JFreeChart;

/** A drawn chart and the file stem it is saved under in {@code charts/} (e.g. {@code kpi-gmv}). */
public record NamedChart(String id, JFreeChart chart) {
    /** Size in points (1/72 inch): 8.9 × 5.6 inches, a slide's half-width at 150 dpi. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 400;
}
