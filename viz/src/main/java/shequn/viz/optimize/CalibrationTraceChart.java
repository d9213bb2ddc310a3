package shequn.viz.optimize;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Table;
import shequn.viz.style.Theme;

/**
 * A calibration's search (calibrate's trace.csv: evaluation, sse, one column per parameter): the
 * fit error of every parameter set it evaluated (dots) and the best so far (a step line, falling).
 */
public final class CalibrationTraceChart implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        if (!results.has(Results.TRACE)) {
            return List.of();
        }
        Table t = results.table(Results.TRACE);
        if (!t.has("sse") || !t.has("evaluation") || t.rows().isEmpty()) {
            return List.of();
        }
        return List.of(new NamedChart("calibrate-trace", chart(t.numbers("evaluation"), t.numbers("sse"),
                results.summary().path("reps").asInt(0), style)));
    }

    static JFreeChart chart(double[] evaluation, double[] sse, int reps, Style style) {
        XYSeries all = new XYSeries(style.text("calibrate.sse"), false, true);
        XYSeries best = new XYSeries(style.text("calibrate.best"), false, true);
        double low = Double.POSITIVE_INFINITY;
        for (int i = 0; i < evaluation.length; i++) {
            if (Double.isFinite(sse[i])) {
                all.add(evaluation[i], sse[i]);
                low = Math.min(low, sse[i]);
            }
            if (Double.isFinite(low)) {
                best.add(evaluation[i], low);
            }
        }
        NumberAxis x = new NumberAxis(style.text("optimize.axis.evaluation"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(style.text("calibrate.axis.sse"));
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        XYStepRenderer step = new XYStepRenderer();
        XYPlot plot = new XYPlot(new XYSeriesCollection(all), x, y, dots);
        plot.setDataset(1, new XYSeriesCollection(best));
        plot.setRenderer(1, step);
        JFreeChart chart = new JFreeChart(style.text("calibrate.title"), plot);
        chart.addSubtitle(new TextTitle(style.text("calibrate.subtitle", reps)));
        style.theme().apply(chart);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dots.setSeriesPaint(0, Theme.translucent(Theme.colour(5), 200));
        step.setSeriesPaint(0, Theme.colour(6));
        step.setSeriesStroke(0, Theme.line());
        return chart;
    }
}
