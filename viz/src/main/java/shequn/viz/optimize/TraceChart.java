package shequn.viz.optimize;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Trace;
import shequn.viz.style.Axes;
import shequn.viz.style.Theme;

/**
 * An optimisation's search: the objective of every plan it evaluated (dots, in order) and the
 * best so far (a step line), with the base plan's objective on the same replications as a
 * dashed line, so the gain the search claims can be read off (before the fresh validation).
 */
public final class TraceChart implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        return results.trace().map(t -> List.of(new NamedChart("optimize-trace", chart(t, results, style))))
                .orElse(List.of());
    }

    public static JFreeChart chart(Trace t, Results results, Style style) {
        XYSeries plans = new XYSeries(style.text("optimize.plans"), false, true);
        XYSeries best = new XYSeries(style.text("optimize.best"), false, true);
        for (int i = 0; i < t.evaluation().length; i++) {
            plans.add(t.evaluation()[i], t.value()[i]);
            best.add(t.evaluation()[i], t.bestSoFar()[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection(plans);
        XYSeriesCollection bestData = new XYSeriesCollection(best);
        String kpi = t.objective().equals("fans") ? "ladder_strong" : t.objective();
        NumberAxis x = new NumberAxis(style.text("optimize.axis.evaluation"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = Axes.numberAxis(axisLabel(kpi, style), kpi);
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYStepRenderer step = new XYStepRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDataset(1, bestData);
        plot.setRenderer(1, step);
        if (!Double.isNaN(t.base())) {
            ValueMarker base = new ValueMarker(t.base(), new Color(0x55, 0x55, 0x55),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            base.setLabel(style.text("optimize.base"));
            base.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            base.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            base.setLabelPaint(new Color(0x55, 0x55, 0x55));
            base.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            plot.addRangeMarker(base);
        }
        JFreeChart chart = new JFreeChart(style.text("optimize.title", label(kpi, style)), plot);
        int reps = results.summary().path("search_reps").asInt(0);
        chart.addSubtitle(new TextTitle(style.text("optimize.subtitle", reps)));
        style.theme().apply(chart);
        if (!Double.isNaN(t.base())) {
            ((ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next())
                    .setLabelFont(style.theme().font(java.awt.Font.PLAIN, 11));
        }
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(0, Theme.translucent(Theme.colour(5), 200));
        step.setSeriesPaint(0, Theme.colour(6));
        step.setSeriesStroke(0, Theme.line());
        return chart;
    }

    /** The objective's axis label with its unit ("GMV over the run (yuan)"), or its name if it has none. */
    private static String axisLabel(String kpi, Style style) {
        try {
            return style.text("axis.total." + kpi);
        } catch (java.util.MissingResourceException e) {
            return label(kpi, style);
        }
    }

    private static String label(String kpi, Style style) {
        return style.messages().kpi(kpi);
    }
}
