package shequn.viz.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.SweepPoint;
import shequn.viz.style.Axes;
import shequn.viz.style.Theme;

/**
 * A sweep over one parameter: a KPI's mean at each point, shaded with the 95% confidence
 * interval of the mean over the replications. Points share their seeds (common random numbers),
 * so the line's shape is less noisy than the band suggests.
 */
public final class SweepLine implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<String> params = results.sweepParameters();
        List<NamedChart> charts = new ArrayList<>();
        if (params.size() != 1) {
            return charts;
        }
        int reps = results.summary().path("replications_per_point").asInt(0);
        ParameterLabels.Label label = ParameterLabels.of(params, results.summary(), results.dir(), style).get(0);
        for (String kpi : SweepAxes.KPIS) {
            List<SweepPoint> points = results.sweep(kpi);
            if (!points.isEmpty()) {
                charts.add(new NamedChart("sweep-" + kpi.replace('_', '-'), chart(kpi, label.title(), label.axis(), points, reps, style)));
            }
        }
        return charts;
    }

    public static JFreeChart chart(String kpi, String parameter, List<SweepPoint> points, int reps, Style style) {
        return chart(kpi, parameter, parameter, points, reps, style);
    }

    /** {@code parameter} names it in the title, {@code axisLabel} (with its unit) on the axis. */
    public static JFreeChart chart(String kpi, String parameter, String axisLabel, List<SweepPoint> points, int reps,
            Style style) {
        List<String> values = points.stream().map(p -> p.values().get(0)).toList();
        boolean numeric = SweepAxes.numeric(values);
        List<String> levels = SweepAxes.levels(values);
        String label = style.messages().kpi(kpi);
        YIntervalSeries s = new YIntervalSeries(label, true, true);
        points.stream().sorted(Comparator.comparingDouble(p -> SweepAxes.position(p.values().get(0), levels, numeric)))
                .forEach(p -> s.add(SweepAxes.position(p.values().get(0), levels, numeric), p.mean(), p.low(), p.high()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        ValueAxis x = SweepAxes.axis(axisLabel, levels, numeric);
        NumberAxis y = Axes.numberAxis(style.text("axis.total." + kpi), kpi);
        y.setAutoRangeIncludesZero(false);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(style.text("sweep.line.title", label, parameter), plot);
        chart.addSubtitle(new TextTitle(style.text("sweep.line.subtitle", reps)));
        style.theme().apply(chart);
        chart.removeLegend(); // one line, named by the title and the axis
        renderer.setAlpha(0.18f);
        renderer.setSeriesPaint(0, Theme.colour(1));
        renderer.setSeriesFillPaint(0, Theme.colour(1));
        renderer.setSeriesStroke(0, Theme.line());
        return chart;
    }
}
