package shequn.viz.wom;

import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.style.Theme;

/**
 * Word-of-mouth cascade sizes as a complementary cumulative distribution on log–log axes: the
 * share of cascades that reached at least s people. A straight tail means a heavy tail — a few
 * conversations travel very far (Goldenberg, Libai &amp; Muller 2001).
 */
public final class CascadeChart implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        int[] sizes = results.cascadeSizes();
        return sizes.length == 0 ? List.of() : List.of(new NamedChart("cascades-ccdf", chart(sizes, style)));
    }

    public static JFreeChart chart(int[] sizes, Style style) {
        XYSeriesCollection data = new XYSeriesCollection(ccdf(sizes, style.text("wom.series")));
        // LogarithmicAxis ticks at 1, 2, 3 … 10, 20 …, which reads right over the short ranges
        // cascades span; LogAxis repeats rounded labels there ("1 1 2 2").
        LogarithmicAxis x = new LogarithmicAxis(style.text("wom.axis.size"));
        x.setStrictValuesFlag(false);
        x.setNumberFormatOverride(new DecimalFormat("#,##0"));
        LogarithmicAxis y = new LogarithmicAxis(style.text("wom.axis.share"));
        y.setStrictValuesFlag(false);
        y.setNumberFormatOverride(new DecimalFormat("0.####"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(style.text("wom.title"), plot);
        double mean = Arrays.stream(sizes).average().orElse(0);
        int max = Arrays.stream(sizes).max().orElse(0);
        chart.addSubtitle(new TextTitle(style.text("wom.subtitle", sizes.length, mean, max)));
        style.theme().apply(chart);
        chart.removeLegend(); // one series: the title says what it is
        plot.setRangeGridlinesVisible(false); // a gridline at every 2…9 × 10^k crowds the plot
        renderer.setSeriesPaint(0, Theme.colour(1));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        return chart;
    }

    /** Points (s, share of cascades of size ≥ s) at each distinct size s. */
    static XYSeries ccdf(int[] sizes, String name) {
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        XYSeries s = new XYSeries(name, true, false);
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] > 0 && (i == 0 || sorted[i] != sorted[i - 1])) {
                s.add(sorted[i], (double) (sorted.length - i) / sorted.length);
            }
        }
        return s;
    }
}
