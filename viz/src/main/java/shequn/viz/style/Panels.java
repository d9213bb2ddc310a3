package shequn.viz.style;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Horizontal category plots stacked top to bottom in one chart, each with its own categories and
 * its own value axis (JFreeChart's combined plots share one of the two): for quantities in
 * different units side by side. The category labels share one width, so the bars of every panel
 * start at the same x; each panel's height is its value axis plus an equal share per category.
 * The legend is the first panel's (every panel colours the same series alike).
 */
public final class Panels extends Plot {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 8;

    private final List<CategoryPlot> panels;

    public Panels(List<CategoryPlot> panels) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("no panels");
        }
        this.panels = List.copyOf(panels);
        this.panels.forEach(p -> p.setParent(this));
    }

    public List<CategoryPlot> panels() {
        return panels;
    }

    @Override
    public String getPlotType() {
        return "Panels";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return panels.get(0).getLegendItems();
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        double left = 0;
        double[] axis = new double[panels.size()];
        int categories = 0;
        for (int i = 0; i < panels.size(); i++) {
            CategoryPlot p = panels.get(i);
            left = Math.max(left, p.getDomainAxis().reserveSpace(g2, p, inner, RectangleEdge.LEFT, new AxisSpace()).getLeft());
            axis[i] = p.getRangeAxis().reserveSpace(g2, p, inner, RectangleEdge.BOTTOM, new AxisSpace()).getBottom()
                    + p.getInsets().getTop() + p.getInsets().getBottom();
            categories += p.getCategories().size();
        }
        double free = inner.getHeight() - GAP * (panels.size() - 1);
        for (double a : axis) {
            free -= a;
        }
        double perCategory = Math.max(0, free) / Math.max(1, categories);
        double y = inner.getY();
        for (int i = 0; i < panels.size(); i++) {
            CategoryPlot p = panels.get(i);
            AxisSpace fixed = new AxisSpace();
            fixed.setLeft(left);
            p.setFixedDomainAxisSpace(fixed, false);
            double h = axis[i] + perCategory * p.getCategories().size();
            PlotRenderingInfo sub = null;
            if (info != null) {
                sub = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(sub);
            }
            p.draw(g2, new Rectangle2D.Double(inner.getX(), y, inner.getWidth(), h), anchor, parentState, sub);
            y += h + GAP;
        }
    }
}
