package shequn.viz.funnel;

import java.awt.Font;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Estimate;
import shequn.viz.data.FunnelStep;
import shequn.viz.data.Results;
import shequn.viz.style.Theme;

/**
 * The retail funnel over the whole run, per strategy: visits → purchases → purchases by repeat
 * buyers. Each bar is labelled with its share of the step before, which is where strategies differ.
 */
public final class FunnelChart implements ChartSource {
    /** Beyond this many strategies the value labels crowd each other out, so they are left off. */
    static final int MAX_LABELLED = 4;

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<FunnelStep> steps = results.funnel();
        if (steps.isEmpty()) {
            return List.of();
        }
        // the estimated step's 95% interval over the replications: purchases × the repeat rate's interval
        List<Estimate> repeat = results.has(Results.COMPARISON) ? results.comparison("repeat_rate") : List.of();
        double[][] intervals = null;
        if (repeat.size() == steps.size()) {
            intervals = new double[steps.size()][];
            for (int i = 0; i < steps.size(); i++) {
                Estimate r = repeat.get(i);
                intervals[i] = new double[] {steps.get(i).purchases() * r.low(), steps.get(i).purchases() * r.high()};
            }
        }
        return List.of(new NamedChart("funnel", chart(steps, intervals, style)));
    }

    public static JFreeChart chart(List<FunnelStep> steps, Style style) {
        return chart(steps, null, style);
    }

    /** {@code intervals}: per strategy the estimated step's 95% interval, written in its label; null for none. */
    public static JFreeChart chart(List<FunnelStep> steps, double[][] intervals, Style style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] stages = {style.text("funnel.visits"), style.text("funnel.purchases"), style.text("funnel.repeat")};
        for (FunnelStep s : steps) {
            data.addValue(s.traffic(), s.scenario(), stages[0]);
            data.addValue(s.purchases(), s.scenario(), stages[1]);
            data.addValue(s.repeatPurchases(), s.scenario(), stages[2]);
        }
        NumberAxis value = new NumberAxis(style.text("funnel.axis"));
        value.setNumberFormatOverride(new DecimalFormat("#,##0"));
        value.setUpperMargin(0.18); // room for the labels right of the longest bar
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(style.text("funnel.title"), plot);
        boolean labelled = steps.size() <= MAX_LABELLED;
        chart.addSubtitle(new TextTitle((labelled ? style.text("funnel.labels") + " " : "") + style.text("funnel.note")));
        style.theme().apply(chart);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < steps.size(); i++) {
            renderer.setSeriesPaint(i, Theme.colour(i));
        }
        if (labelled) {
            renderer.setDefaultItemLabelGenerator(new StepShare(intervals));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(style.theme().font(Font.PLAIN, 10));
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        }
        return chart;
    }

    /**
     * "115,614 (62%)": the value and its share of the previous step; the estimated last step as
     * "≈ 52,000 [47,000–57,000] (45%)" when its interval is known, "≈ 52,000 (45%)" when not.
     */
    static final class StepShare implements CategoryItemLabelGenerator {
        private final double[][] intervals;

        StepShare(double[][] intervals) {
            this.intervals = intervals;
        }

        @Override
        public String generateLabel(CategoryDataset data, int row, int column) {
            double v = data.getValue(row, column).doubleValue();
            DecimalFormat whole = new DecimalFormat("#,##0");
            String text = whole.format(v);
            if (column == 0) {
                return text;
            }
            if (column == 2) {
                text = "≈ " + text + (intervals != null && row < intervals.length
                        ? " [" + whole.format(intervals[row][0]) + "–" + whole.format(intervals[row][1]) + "]" : "");
            }
            double before = data.getValue(row, column - 1).doubleValue();
            return before > 0 ? text + String.format(" (%.0f%%)", 100 * v / before) : text;
        }

        @Override
        public String generateRowLabel(CategoryDataset data, int row) {
            return data.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset data, int column) {
            return data.getColumnKey(column).toString();
        }
    }
}
