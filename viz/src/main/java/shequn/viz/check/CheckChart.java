package shequn.viz.check;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import shequn.viz.NamedChart;
import shequn.viz.style.Theme;

/**
 * Draws a validation check's {@link Chart} in the theme of every other chart, to be saved with
 * {@link shequn.viz.export.ChartFiles} (atomic files, PNG, SVG or PDF): banded series as a shaded
 * 95% CI, or points with error bars for discrete x; reference series as lines, dashed from the third.
 */
public final class CheckChart {
    private CheckChart() {
    }

    /** The chart, in a theme whose font can display its labels (Chinese included). */
    public static NamedChart draw(Chart chart) {
        StringBuilder text = new StringBuilder(chart.title()).append(chart.xLabel()).append(chart.yLabel());
        chart.series().forEach(s -> text.append(s.name()));
        return draw(chart, Theme.forText(text.toString()));
    }

    public static NamedChart draw(Chart chart, Theme theme) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Chart.Series s : chart.series()) {
            YIntervalSeries series = new YIntervalSeries(s.name());
            for (int i = 0; i < s.x().length; i++) {
                double lo = s.lo() == null ? s.y()[i] : s.lo()[i];
                double hi = s.hi() == null ? s.y()[i] : s.hi()[i];
                series.add(s.x()[i], s.y()[i], lo, hi);
            }
            data.addSeries(series);
        }
        NumberAxis x = new NumberAxis(chart.xLabel());
        x.setAutoRangeIncludesZero(false);
        if (chart.bars()) {
            // discrete x (rungs, designs): whole-number ticks, and room so end points are not on the frame
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setAutoRangeStickyZero(false);
            x.setLowerMargin(0.08);
            x.setUpperMargin(0.08);
        }
        XYLineAndShapeRenderer renderer = chart.bars() ? new XYErrorRenderer() : new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, new NumberAxis(chart.yLabel()), renderer);
        JFreeChart jf = new JFreeChart(chart.title(), plot);
        theme.apply(jf); // first: the theme clears series paints and strokes
        if (renderer instanceof XYErrorRenderer r) {
            errorBars(r, chart);
        } else if (renderer instanceof DeviationRenderer d) {
            d.setAlpha(0.25f);
        }
        for (int k = 0; k < chart.series().size(); k++) {
            Color c = Theme.colour(k + 1); // colour 0 is the baseline grey of strategy charts
            renderer.setSeriesPaint(k, c);
            renderer.setSeriesFillPaint(k, c);
            boolean dashed = k > 1 && chart.series().get(k).lo() == null;
            renderer.setSeriesStroke(k, dashed
                    ? new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : k == 0 ? Theme.line() : new BasicStroke(1.6f));
        }
        return new NamedChart(chart.id(), jf);
    }

    private static void errorBars(XYErrorRenderer r, Chart chart) {
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setErrorPaint(Theme.TEXT);
        for (int k = 0; k < chart.series().size(); k++) {
            r.setSeriesLinesVisible(k, chart.series().get(k).lo() == null);
            r.setSeriesShapesVisible(k, true);
        }
    }
}
