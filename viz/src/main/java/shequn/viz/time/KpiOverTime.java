package shequn.viz.time;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import shequn.metrics.Kpi;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Band;
import shequn.viz.data.Results;
import shequn.viz.style.Axes;
import shequn.viz.style.Theme;

/**
 * A KPI day by day, one line per strategy, shaded with the 95% confidence interval of the mean
 * when several replications ran. Daily values swing with the weekly campaign rhythm and with
 * chance, which hides the trend, so every line is a 7-day moving average — said so on the chart.
 * The band is the moving average of the daily bounds: a little wider than the interval of the
 * weekly mean itself, so it never overstates certainty.
 */
public final class KpiOverTime implements ChartSource {
    static final int WEEK = 7;

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        for (String kpi : Kpi.columns(Kpi.HEADLINE)) {
            List<Band> bands = results.bands(kpi);
            if (!bands.isEmpty()) {
                charts.add(new NamedChart("kpi-" + kpi.replace('_', '-'), chart(kpi, bands, style)));
            }
        }
        return charts;
    }

    public static JFreeChart chart(String kpi, List<Band> bands, Style style) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Band b : bands) {
            data.addSeries(series(b));
        }
        NumberAxis y = Axes.numberAxis(style.text("axis." + kpi), kpi);
        Kpi declared = Kpi.of(kpi);
        y.setAutoRangeIncludesZero(declared != null && declared.week() == Kpi.Week.SUM); // flows start from zero
        NumberAxis x = new NumberAxis(style.text("axis.day"));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(style.text("time.title", style.messages().kpi(kpi)), plot);
        chart.addSubtitle(new TextTitle(subtitle(bands, style)));
        style.theme().apply(chart);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < bands.size(); i++) {
            Color c = Theme.colour(i);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, Theme.line());
        }
        return chart;
    }

    private static String subtitle(List<Band> bands, Style style) {
        return bands.get(0).hasInterval() ? style.text("time.subtitle.band", WEEK) : style.text("time.subtitle.single", WEEK);
    }

    private static YIntervalSeries series(Band b) {
        YIntervalSeries s = new YIntervalSeries(b.scenario(), false, true);
        double[] mean = movingAverage(b.mean(), WEEK);
        double[] low = b.hasInterval() ? movingAverage(b.low(), WEEK) : mean;
        double[] high = b.hasInterval() ? movingAverage(b.high(), WEEK) : mean;
        for (int d = 0; d < b.day().length; d++) {
            if (!Double.isNaN(mean[d])) {
                s.add(b.day()[d], mean[d], low[d], high[d]);
            }
        }
        return s;
    }

    /** Trailing mean over {@code window} days (fewer at the start). */
    static double[] movingAverage(double[] v, int window) {
        double[] out = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            if (i >= window) {
                sum -= v[i - window];
            }
            out[i] = sum / Math.min(i + 1, window);
        }
        return out;
    }
}
