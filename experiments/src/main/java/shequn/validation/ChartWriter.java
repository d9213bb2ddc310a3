package shequn.validation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Renders a {@link Chart} to PNG with JFreeChart, headless: banded series as a shaded 95% CI (a line
 * with error bars for discrete x), reference series as lines.
 */
public final class ChartWriter {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e)};

    private ChartWriter() {
    }

    public static Path write(Chart chart, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
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
        JFreeChart jf = ChartFactory.createXYLineChart(chart.title(), chart.xLabel(), chart.yLabel(), data);
        XYPlot plot = jf.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer renderer;
        if (chart.bars()) {
            // discrete x (rungs, designs): whole-number ticks, and room so end points are not on the frame
            NumberAxis x = (NumberAxis) plot.getDomainAxis();
            x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            x.setLowerMargin(0.08);
            x.setUpperMargin(0.08);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setErrorPaint(Color.DARK_GRAY);
            renderer = r;
            for (int k = 0; k < chart.series().size(); k++) {
                boolean band = chart.series().get(k).lo() != null;
                r.setSeriesLinesVisible(k, !band);
                r.setSeriesShapesVisible(k, true);
            }
        } else {
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setAlpha(0.25f);
            renderer = r;
        }
        for (int k = 0; k < chart.series().size(); k++) {
            Color c = COLOURS[k % COLOURS.length];
            renderer.setSeriesPaint(k, c);
            if (renderer instanceof DeviationRenderer d) {
                d.setSeriesFillPaint(k, c);
            }
            boolean dashed = k > 0 && chart.series().get(k).lo() == null && k > 1;
            renderer.setSeriesStroke(k, dashed
                    ? new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(k == 0 ? 2.2f : 1.6f));
        }
        plot.setRenderer(renderer);
        Path out = dir.resolve(chart.file());
        ChartUtils.saveChartAsPNG(out.toFile(), jf, 900, 520);
        return out;
    }
}
