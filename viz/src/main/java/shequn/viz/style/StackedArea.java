package shequn.viz.style;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.function.UnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import shequn.viz.data.Table;

/** Day-by-day counts of a whole split into states (ladder rungs, member participation), stacked. */
public final class StackedArea {
    private StackedArea() {
    }

    /**
     * @param key     message-key prefix: {@code key.title}, {@code key.subtitle}, {@code key.axis}, {@code key.COLUMN}
     * @param text    the label of a message key, in the chosen language
     * @param unit    what the y axis counts, for its number format
     */
    public static JFreeChart chart(Table daily, Theme theme, UnaryOperator<String> text, String key, String[] columns,
                                   Color[] colours, String unit) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        double[] day = daily.numbers("day");
        for (String column : columns) {
            XYSeries s = new XYSeries(text.apply(key + "." + column), false, false);
            double[] v = daily.numbers(column);
            for (int d = 0; d < day.length; d++) {
                s.add(day[d], v[d]);
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis(text.apply("axis.day"));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setLegendArea(new Rectangle(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(data, x, Axes.numberAxis(text.apply(key + ".axis"), unit), renderer);
        JFreeChart chart = new JFreeChart(text.apply(key + ".title"), plot);
        chart.addSubtitle(new TextTitle(text.apply(key + ".subtitle")));
        theme.apply(chart);
        // The renderer fills each day as its own slice; anti-aliased, the slice edges show as
        // vertical stripes. Text stays anti-aliased (a separate setting).
        chart.setAntiAlias(false);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        return chart;
    }
}
