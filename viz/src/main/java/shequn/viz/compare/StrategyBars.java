package shequn.viz.compare;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import shequn.metrics.Kpi;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Estimate;
import shequn.viz.data.Results;
import shequn.viz.style.Axes;
import shequn.viz.style.Theme;

/**
 * One KPI per chart, one bar per strategy (in its colour), whiskers for the 95% confidence
 * interval of the mean. Horizontal, so long strategy names stay readable.
 */
public final class StrategyBars implements ChartSource {

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        for (String kpi : Kpi.columns(Kpi.HEADLINE)) {
            List<Estimate> rows = results.comparison(kpi);
            if (!rows.isEmpty()) {
                charts.add(new NamedChart("compare-" + kpi.replace('_', '-'), chart(kpi, rows, style)));
            }
        }
        return charts;
    }

    public static JFreeChart chart(String kpi, List<Estimate> rows, Style style) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        String label = style.messages().kpi(kpi);
        for (Estimate e : rows) {
            // The renderer draws mean ± "standard deviation"; shequn's intervals are symmetric
            // (Student t), so the half-width draws exactly the 95% interval.
            data.add(e.mean(), (e.high() - e.low()) / 2, label, e.scenario());
        }
        StatisticalBarRenderer renderer = new ByStrategy();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(),
                Axes.numberAxis(style.text("axis.total." + kpi), kpi), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(style.text("compare.title", label), plot);
        chart.addSubtitle(new TextTitle(style.text("compare.subtitle")));
        style.theme().apply(chart);
        chart.removeLegend(); // the category axis names each strategy
        renderer.setErrorIndicatorPaint(Theme.TEXT);
        renderer.setItemMargin(0);
        return chart;
    }

    /** Colours each bar by its strategy, so strategy i has the same colour as in every other chart. */
    static final class ByStrategy extends StatisticalBarRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Paint getItemPaint(int row, int column) {
            return Theme.colour(column);
        }
    }
}
