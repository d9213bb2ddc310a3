package shequn.viz.sensitivity;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.SensitivityIndex;
import shequn.viz.style.Theme;

/**
 * Sobol indices of one KPI: per parameter (most influential on top), the first-order index S1
 * (the share of the KPI's variance the parameter explains alone) and the total index ST (alone
 * and through interactions), each with its bootstrap 95% interval, which need not be symmetric.
 */
public final class SobolBars implements ChartSource {
    static final List<String> STATISTICS = List.of("S1", "ST");

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        List<SensitivityIndex> rows = results.sensitivity().stream().filter(r -> r.method().equals("sobol")).toList();
        for (String kpi : new LinkedHashSet<>(rows.stream().map(SensitivityIndex::kpi).toList())) {
            List<SensitivityIndex> one = rows.stream().filter(r -> r.kpi().equals(kpi)).toList();
            charts.add(new NamedChart("sobol-" + kpi.replace('_', '-'), chart(kpi, one, results, style)));
        }
        return charts;
    }

    public static JFreeChart chart(String kpi, List<SensitivityIndex> rows, Results results, Style style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<List<String>, double[]> intervals = new HashMap<>();
        double lo = 0;
        double hi = 1;
        List<SensitivityIndex> ranked = rows.stream().sorted(Comparator.comparingInt(SensitivityIndex::rank)).toList();
        for (String stat : STATISTICS) {
            String series = style.text("sobol." + stat);
            for (SensitivityIndex r : ranked) {
                if (r.statistic().equals(stat)) {
                    data.addValue(r.value(), series, r.parameter());
                    intervals.put(List.of(series, r.parameter()), new double[] {r.low(), r.high()});
                    lo = Math.min(lo, Double.isNaN(r.low()) ? r.value() : r.low());
                    hi = Math.max(hi, Double.isNaN(r.high()) ? r.value() : r.high());
                }
            }
        }
        NumberAxis value = new NumberAxis(style.text("sobol.axis"));
        value.setNumberFormatOverride(new DecimalFormat("0.0#"));
        value.setRange(lo - 0.02 * (hi - lo), hi + 0.02 * (hi - lo));
        WhiskerBars renderer = new WhiskerBars(intervals);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Theme.TEXT, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(style.text("sobol.title", style.messages().kpi(kpi)), plot);
        int n = results.summary().path("saltelli_samples").asInt(0);
        chart.addSubtitle(new TextTitle(style.text("sobol.subtitle", n)));
        style.theme().apply(chart);
        renderer.setSeriesPaint(0, Theme.colour(5));
        renderer.setSeriesPaint(1, Theme.colour(1));
        renderer.setItemMargin(0.05);
        return chart;
    }

    /** Bars with a whisker from each bar's own (possibly asymmetric) interval. */
    static final class WhiskerBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<List<String>, double[]> intervals;

        WhiskerBars(Map<List<String>, double[]> intervals) {
            this.intervals = intervals;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double[] ci = intervals.get(List.of(dataset.getRowKey(row).toString(), dataset.getColumnKey(column).toString()));
            if (pass != 0 || ci == null || Double.isNaN(ci[0]) || Double.isNaN(ci[1])) {
                return;
            }
            PlotOrientation o = plot.getOrientation();
            int visibleRow = state.getVisibleSeriesIndex(row);
            double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, visibleRow, column);
            double mid = w0 + state.getBarWidth() / 2;
            double cap = state.getBarWidth() / 4;
            RectangleEdge edge = plot.getRangeAxisEdge();
            double a = rangeAxis.valueToJava2D(ci[0], dataArea, edge);
            double b = rangeAxis.valueToJava2D(ci[1], dataArea, edge);
            g2.setPaint(Theme.TEXT);
            g2.setStroke(new BasicStroke(1f));
            if (o == PlotOrientation.HORIZONTAL) {
                g2.draw(new Line2D.Double(a, mid, b, mid));
                g2.draw(new Line2D.Double(a, mid - cap, a, mid + cap));
                g2.draw(new Line2D.Double(b, mid - cap, b, mid + cap));
            } else {
                g2.draw(new Line2D.Double(mid, a, mid, b));
                g2.draw(new Line2D.Double(mid - cap, a, mid + cap, a));
                g2.draw(new Line2D.Double(mid - cap, b, mid + cap, b));
            }
        }
    }
}
