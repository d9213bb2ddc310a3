package shequn.viz.groups;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Table;
import shequn.viz.style.Axes;

/**
 * Group vitality over time: members who are active, lurking or muted, stacked. A living group is
 * mostly active; a dying one fills with lurkers and muted members (seed 001, DESIGN SF5).
 * Only drawn when the run had group members at all.
 */
public final class VitalityChart implements ChartSource {
    static final String[] STATES = {"active_members", "lurking_members", "muted_members"};
    static final Color[] COLOURS = {new Color(0x00, 0x9E, 0x73), new Color(0xE6, 0x9F, 0x00),
        new Color(0xAA, 0xAA, 0xAA)};

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        return results.daily().filter(t -> t.has("members") && Arrays.stream(t.numbers("members")).max().orElse(0) > 0)
                .map(t -> List.of(new NamedChart("group-vitality", chart(t, style)))).orElse(List.of());
    }

    public static JFreeChart chart(Table daily, Style style) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        double[] day = daily.numbers("day");
        for (String state : STATES) {
            XYSeries s = new XYSeries(style.text("groups." + state), false, false);
            double[] v = daily.numbers(state);
            for (int d = 0; d < day.length; d++) {
                s.add(day[d], v[d]);
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis(style.text("axis.day"));
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setLegendArea(new Rectangle(-5, -5, 10, 10));
        XYPlot plot = new XYPlot(data, x, Axes.numberAxis(style.text("groups.axis"), "members"), renderer);
        JFreeChart chart = new JFreeChart(style.text("groups.title"), plot);
        chart.addSubtitle(new TextTitle(style.text("groups.subtitle")));
        style.theme().apply(chart);
        // The renderer fills each day as its own slice; anti-aliased, the slice edges show as
        // vertical stripes. Text stays anti-aliased (a separate setting).
        chart.setAntiAlias(false);
        for (int i = 0; i < COLOURS.length; i++) {
            renderer.setSeriesPaint(i, COLOURS[i]);
        }
        return chart;
    }
}
