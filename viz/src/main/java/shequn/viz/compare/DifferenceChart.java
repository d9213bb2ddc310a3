package shequn.viz.compare;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
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
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Estimate;
import shequn.viz.data.Results;
import shequn.viz.style.Theme;

/**
 * Each strategy's paired difference to the baseline, per KPI, in percent of the baseline's mean,
 * with its 95% interval. Pairing (common random numbers) makes these intervals much narrower
 * than those of the levels, which is why this chart, not the bars, carries the verdict.
 */
public final class DifferenceChart implements ChartSource {
    public static final List<String> KPIS = List.of("gmv", "traffic", "conversion", "basket", "repeat_rate");

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<Estimate> gmv = results.comparison("gmv");
        return gmv.size() < 2 ? List.of() : List.of(new NamedChart("difference-to-baseline", chart(results, style)));
    }

    public static JFreeChart chart(Results results, Style style) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        String baseline = null;
        for (String kpi : KPIS) {
            List<Estimate> rows = results.comparison(kpi);
            Estimate base = rows.get(0);
            baseline = base.scenario();
            for (Estimate e : rows.subList(1, rows.size())) {
                double scale = 100 / base.mean();
                data.add(scale * e.diffMean(), scale * (e.diffHigh() - e.diffLow()) / 2, e.scenario(),
                        style.messages().kpi(kpi));
            }
        }
        NumberAxis value = new NumberAxis(style.text("difference.axis", baseline));
        value.setNumberFormatOverride(new DecimalFormat("+0.#'%';-0.#'%'"));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Theme.TEXT, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(style.text("difference.title"), plot);
        chart.addSubtitle(new TextTitle(style.text("difference.subtitle", baseline)));
        style.theme().apply(chart);
        renderer.setErrorIndicatorPaint(Theme.TEXT);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, Theme.colour(i + 1)); // challenger i is strategy i + 1
        }
        return chart;
    }
}
