package shequn.viz.ladder;

import java.awt.Color;
import java.awt.Rectangle;
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
 * The relationship ladder over time, stacked: how many consumers are strangers, aware, linked
 * (weak tie) and fans (strong tie) each day — how the community turns passers-by into fans.
 * Drawn from one run's daily.csv (the Monte-Carlo tables keep only the strong rung).
 */
public final class LadderChart implements ChartSource {
    static final String[] RUNGS = {"ladder_none", "ladder_aware", "ladder_weak", "ladder_strong"};
    /** Light to dark: the eye reads "further up the ladder" as "darker". */
    static final Color[] COLOURS = {new Color(0xD9, 0xD9, 0xD9), new Color(0x9E, 0xCA, 0xE1),
        new Color(0x42, 0x92, 0xC6), new Color(0x08, 0x45, 0x94)};

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        return results.daily().filter(t -> t.has(RUNGS[0]))
                .map(t -> List.of(new NamedChart("ladder", chart(t, style)))).orElse(List.of());
    }

    public static JFreeChart chart(Table daily, Style style) {
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        double[] day = daily.numbers("day");
        for (String rung : RUNGS) {
            XYSeries s = new XYSeries(style.text("ladder." + rung), false, false);
            double[] v = daily.numbers(rung);
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
        XYPlot plot = new XYPlot(data, x, Axes.numberAxis(style.text("ladder.axis"), "consumers"), renderer);
        JFreeChart chart = new JFreeChart(style.text("ladder.title"), plot);
        chart.addSubtitle(new TextTitle(style.text("ladder.subtitle")));
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
