package shequn.viz.compare;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import shequn.metrics.Kpi;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Estimate;
import shequn.viz.data.Results;
import shequn.viz.style.Panels;
import shequn.viz.style.Theme;

/**
 * Each strategy's paired difference to the baseline with its 95% interval, in the units of the
 * report's tables and verdict, one panel per unit: GMV, traffic and basket in percent of the
 * baseline's mean; conversion and repeat rate in percentage points; gross margin, campaign spend
 * and profit in yuan over the run. Pairing (common random numbers) makes these intervals much
 * narrower than those of the levels, which is why this chart, not the bars, carries the verdict.
 */
public final class DifferenceChart implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<Estimate> gmv = results.comparison("gmv");
        return gmv.size() < 2 ? List.of() : List.of(new NamedChart("difference-to-baseline", chart(results, style)));
    }

    public static JFreeChart chart(Results results, Style style) {
        String baseline = results.comparison("gmv").get(0).scenario();
        List<CategoryPlot> panels = new ArrayList<>();
        addPanel(panels, results, style, Kpi.Difference.RELATIVE, style.text("difference.axis", baseline), "+0.#'%';-0.#'%'");
        addPanel(panels, results, style, Kpi.Difference.POINTS, style.text("difference.axis.points", baseline), "+0.#;-0.#");
        addPanel(panels, results, style, Kpi.Difference.ABSOLUTE, style.text("difference.axis.yuan", baseline), "+#,##0;-#,##0");
        JFreeChart chart = new JFreeChart(style.text("difference.title"), new Panels(panels));
        chart.addSubtitle(new TextTitle(style.text("difference.subtitle", baseline)));
        style.theme().apply(chart);
        return chart;
    }

    /** One panel of the KPIs whose difference reads as {@code kind} that comparison.csv holds (none if it holds none). */
    private static void addPanel(List<CategoryPlot> panels, Results results, Style style, Kpi.Difference kind,
            String label, String format) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Kpi declared : Kpi.COMPARED) {
            if (declared.difference() != kind) {
                continue;
            }
            String kpi = declared.column();
            List<Estimate> rows = results.comparison(kpi);
            if (rows.size() < 2) {
                continue;
            }
            Estimate base = rows.get(0);
            double scale = switch (kind) {
                case RELATIVE -> 100 / base.mean();
                case POINTS -> 100;
                case ABSOLUTE -> 1;
            };
            for (Estimate e : rows.subList(1, rows.size())) {
                // the renderer draws mean ± "standard deviation": the half-width draws the (symmetric) 95% interval
                data.add(scale * e.diffMean(), scale * (e.diffHigh() - e.diffLow()) / 2, e.scenario(),
                        style.messages().kpi(kpi));
            }
        }
        if (data.getColumnCount() == 0) {
            return;
        }
        NumberAxis value = new NumberAxis(label);
        value.setNumberFormatOverride(new DecimalFormat(format));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Theme.TEXT, new BasicStroke(1f)));
        JFreeChart alone = new JFreeChart(plot); // the shared look (fonts, colours, grid, axis placement) ...
        style.theme().apply(alone);
        plot.removeChangeListener(alone); // ... then the panel belongs to the stacked chart only
        plot.setChart(null);
        renderer.setErrorIndicatorPaint(Theme.TEXT);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Theme.colour(i + 1)); // challenger i is strategy i + 1
        }
        panels.add(plot);
    }
}
