package shequn.viz.optimize;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.Table;
import shequn.viz.style.Theme;

/**
 * A calibration's fit, observed against fitted with the held-back part shaded: for KPI series
 * (calibrate's fit.csv) one chart per target; for an order log (tracking.csv) the cohort's
 * cumulative repeat transactions with each model's fitted curve and, in the shaded weeks, its forecast.
 */
public final class CalibrationFitChart implements ChartSource {
    static final String FIT = "fit.csv";
    static final String TRACKING = "tracking.csv";

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> out = new ArrayList<>();
        if (results.has(FIT)) {
            Table t = results.table(FIT);
            if (t.has("target") && t.has("window") && t.has("first_day") && t.has("observed") && t.has("simulated")) {
                for (String target : t.distinct("target")) {
                    out.add(new NamedChart("calibrate-fit-" + target.replace('_', '-'), fit(t, target, style)));
                }
            }
        }
        if (results.has(TRACKING)) {
            Table t = results.table(TRACKING);
            if (t.has("day") && t.has("window") && t.has("actual") && !t.rows().isEmpty()) {
                out.add(new NamedChart("calibrate-tracking", tracking(t, style)));
            }
        }
        return out;
    }

    static JFreeChart fit(Table t, String target, Style style) {
        XYSeries obs = new XYSeries(style.text("calibrate.observed"), false, true);
        XYSeries sim = new XYSeries(style.text("calibrate.simulated"), false, true);
        double cut = Double.NaN;
        double end = 0;
        for (String[] row : t.rows()) {
            if (!t.text(row, "target").equals(target)) {
                continue;
            }
            double day = t.number(row, "first_day");
            obs.add(day, t.number(row, "observed"));
            sim.add(day, t.number(row, "simulated"));
            if (t.text(row, "window").equals("holdout") && Double.isNaN(cut)) {
                cut = day;
            }
            end = Math.max(end, day);
        }
        return plot(style.text("calibrate.fit.title", target), style.text("axis.day"), target, List.of(obs, sim), cut, end, style);
    }

    static JFreeChart tracking(Table t, Style style) {
        List<XYSeries> series = new ArrayList<>();
        List<String> models = new ArrayList<>(t.columns().subList(t.column("actual"), t.columns().size()));
        for (String m : models) {
            // the models calibrate --transactions writes have names in the messages; any other column keeps its own
            String label = m.equals("actual") ? style.text("calibrate.observed")
                    : List.of("bgnbd", "pareto_nbd", "agent_model").contains(m) ? style.text("calibrate.model." + m) : m;
            series.add(new XYSeries(label, false, true));
        }
        double cut = Double.NaN;
        double end = 0;
        for (String[] row : t.rows()) {
            double day = t.number(row, "day");
            for (int k = 0; k < models.size(); k++) {
                series.get(k).add(day, t.number(row, models.get(k)));
            }
            if (t.text(row, "window").equals("fit")) {
                cut = day;
            }
            end = Math.max(end, day);
        }
        return plot(style.text("calibrate.tracking.title"), style.text("axis.day"), style.text("calibrate.axis.repeats"), series,
                cut, end, style);
    }

    private static JFreeChart plot(String title, String xLabel, String yLabel, List<XYSeries> series, double cut, double end,
                                   Style style) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach(data::addSeries);
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, lines);
        if (!Double.isNaN(cut) && end > cut) {
            IntervalMarker held = new IntervalMarker(cut, end, new Color(0, 0, 0, 20));
            held.setLabel(style.text("calibrate.holdout"));
            held.setLabelFont(style.theme().font(java.awt.Font.PLAIN, 11));
            held.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            held.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            held.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(held, Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(title, plot);
        chart.addSubtitle(new TextTitle(style.text("calibrate.fit.subtitle")));
        style.theme().apply(chart);
        for (int k = 0; k < series.size(); k++) {
            lines.setSeriesPaint(k, Theme.colour(k));
            lines.setSeriesStroke(k, Theme.line());
        }
        return chart;
    }
}
