package shequn.viz.response;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * Small multiples: XY plots laid out in a grid of {@code columns}, each under its own title, each
 * with its own axes (JFreeChart's combined plots share one axis; response curves of different
 * levers have different units). The legend is the caller's, shared by every panel.
 */
final class PanelGrid extends Plot {
    private static final long serialVersionUID = 1L;
    private static final double GAP_X = 12;
    private static final double GAP_Y = 8;

    private final List<XYPlot> panels;
    private final List<String> titles;
    private final int columns;
    private final Font titleFont;
    private final Paint titlePaint;
    private final LegendItemCollection legend;

    PanelGrid(List<XYPlot> panels, List<String> titles, int columns, Font titleFont, Paint titlePaint,
              LegendItemCollection legend) {
        this.panels = List.copyOf(panels);
        this.titles = List.copyOf(titles);
        this.columns = Math.max(1, columns);
        this.titleFont = titleFont;
        this.titlePaint = titlePaint;
        this.legend = legend;
    }

    List<XYPlot> panels() {
        return panels;
    }

    List<String> titles() {
        return titles;
    }

    @Override
    public String getPlotType() {
        return "Small multiples";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        int rows = (panels.size() + columns - 1) / columns;
        double w = (area.getWidth() - GAP_X * (columns - 1)) / columns;
        double h = (area.getHeight() - GAP_Y * (rows - 1)) / rows;
        g2.setFont(titleFont);
        double titleHeight = g2.getFontMetrics().getHeight() + 2;
        for (int i = 0; i < panels.size(); i++) {
            double x = area.getX() + (i % columns) * (w + GAP_X);
            double y = area.getY() + (i / columns) * (h + GAP_Y);
            g2.setFont(titleFont);
            g2.setPaint(titlePaint);
            TextUtils.drawAlignedString(fit(g2, titles.get(i), w), g2, (float) (x + w / 2), (float) y, TextAnchor.TOP_CENTER);
            PlotRenderingInfo sub = null;
            if (info != null) {
                sub = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(sub);
            }
            panels.get(i).draw(g2, new Rectangle2D.Double(x, y + titleHeight, w, h - titleHeight), null, parentState, sub);
        }
    }

    /** The title, cut with an ellipsis when wider than its panel. */
    private static String fit(Graphics2D g2, String title, double width) {
        if (g2.getFontMetrics().stringWidth(title) <= width) {
            return title;
        }
        String t = title;
        while (t.length() > 1 && g2.getFontMetrics().stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
