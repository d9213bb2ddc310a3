package shequn.viz.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart: a colour-blind-safe palette (Okabe–Ito) in which strategy i has the
 * same colour in every chart, one font family, light grid, legend below the plot so it never
 * covers data.
 */
public final class Theme {
    /** Okabe–Ito, then two darker tones: distinguishable with the common colour-vision deficiencies. */
    public static final Color[] PALETTE = {new Color(0x55, 0x55, 0x55), new Color(0x00, 0x72, 0xB2),
        new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
        new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42),
        new Color(0x00, 0x00, 0x00), new Color(0x88, 0x2E, 0x72), new Color(0x1B, 0x7F, 0x79)};
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private final String family;

    private Theme(String family) {
        this.family = family;
    }

    /** A theme whose font can display every one of {@code labels}. */
    public static Theme forText(String labels) {
        return new Theme(Fonts.familyFor(labels));
    }

    public String family() {
        return family;
    }

    public Font font(int style, float size) {
        return new Font(family, style, Math.round(size));
    }

    /** Colour of the i-th strategy (the baseline, first, is grey). */
    public static Color colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Applies fonts, colours, grid and legend placement; call after the dataset and renderer are set. */
    public void apply(JFreeChart chart) {
        StandardChartTheme t = new StandardChartTheme("shequn");
        t.setExtraLargeFont(font(Font.BOLD, 17));
        t.setLargeFont(font(Font.PLAIN, 13));
        t.setRegularFont(font(Font.PLAIN, 12));
        t.setSmallFont(font(Font.PLAIN, 11));
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(GRID);
        t.setRangeGridlinePaint(GRID);
        t.setAxisLabelPaint(TEXT);
        t.setTickLabelPaint(TEXT);
        t.setTitlePaint(TEXT);
        t.setSubtitlePaint(new Color(0x55, 0x55, 0x55));
        t.setLegendItemPaint(TEXT);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        t.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        t.apply(chart);
        chart.setPadding(new RectangleInsets(8, 8, 8, 14));
        chart.getPlot().setOutlineVisible(false);
        if (chart.getPlot() instanceof CategoryPlot cp && cp.getOrientation() == PlotOrientation.HORIZONTAL) {
            cp.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT); // values read along the bottom, as in a table
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            style(chart.getSubtitle(i));
        }
    }

    private void style(Object subtitle) {
        if (subtitle instanceof LegendTitle legend) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 12));
        } else if (subtitle instanceof TextTitle text) {
            text.setFont(font(Font.PLAIN, 12));
            text.setPaint(new Color(0x55, 0x55, 0x55));
            text.setPadding(new RectangleInsets(2, 0, 6, 0));
        }
    }

    /** A line stroke a little heavier than JFreeChart's default, readable when projected. */
    public static BasicStroke line() {
        return new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static Paint translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
