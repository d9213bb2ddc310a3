package shequn.viz.sensitivity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.SensitivityIndex;
import shequn.viz.style.Axes;
import shequn.viz.style.Theme;

/**
 * Morris screening of one KPI: each parameter at (mu*, sigma), one colour per parameter. Far
 * right: influential; high up relative to mu*: its effect depends on where in the range it is or
 * on the other parameters (non-linear or interacting). The dashed line sigma = mu* separates the
 * two readings.
 */
public final class MorrisChart implements ChartSource {
    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<NamedChart> charts = new ArrayList<>();
        List<SensitivityIndex> rows = results.sensitivity().stream().filter(r -> r.method().equals("morris")).toList();
        for (String kpi : new LinkedHashSet<>(rows.stream().map(SensitivityIndex::kpi).toList())) {
            List<SensitivityIndex> one = rows.stream().filter(r -> r.kpi().equals(kpi)).toList();
            charts.add(new NamedChart("morris-" + kpi.replace('_', '-'), chart(kpi, one, results, style)));
        }
        return charts;
    }

    public static JFreeChart chart(String kpi, List<SensitivityIndex> rows, Results results, Style style) {
        XYSeriesCollection data = new XYSeriesCollection();
        double top = 0;
        List<String> params = rows.stream().sorted(Comparator.comparingInt(SensitivityIndex::rank))
                .map(SensitivityIndex::parameter).distinct().toList();
        for (String p : params) {
            double mu = value(rows, p, "mu_star");
            double sigma = value(rows, p, "sigma");
            XYSeries s = new XYSeries(p, false, true);
            s.add(mu, sigma);
            data.addSeries(s);
            top = Math.max(top, Math.max(mu, sigma));
        }
        top = top > 0 ? top * 1.08 : 1;
        String label = style.messages().kpi(kpi);
        NumberAxis x = Axes.numberAxis(style.text("morris.axis.mu", label), kpi);
        NumberAxis y = Axes.numberAxis(style.text("morris.axis.sigma", label), kpi);
        x.setRange(-0.03 * top, top);
        y.setRange(-0.03 * top, top);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        XYLineAnnotation diagonal = new XYLineAnnotation(0, 0, top, top,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f),
                new Color(0x88, 0x88, 0x88));
        plot.addAnnotation(diagonal);
        JFreeChart chart = new JFreeChart(style.text("morris.title", label), plot);
        int r = results.summary().path("morris_trajectories").asInt(0);
        chart.addSubtitle(new TextTitle(style.text("morris.subtitle", r)));
        style.theme().apply(chart);
        XYTextAnnotation note = new XYTextAnnotation(style.text("morris.diagonal"), top * 0.82, top * 0.76);
        note.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        note.setRotationAnchor(TextAnchor.BOTTOM_LEFT);
        note.setFont(style.theme().font(java.awt.Font.PLAIN, 11));
        note.setPaint(new Color(0x66, 0x66, 0x66));
        plot.addAnnotation(note);
        for (int i = 0; i < params.size(); i++) {
            renderer.setSeriesPaint(i, Theme.colour(i + 1));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-6, -6, 12, 12));
        }
        return chart;
    }

    private static double value(List<SensitivityIndex> rows, String parameter, String statistic) {
        return rows.stream().filter(r -> r.parameter().equals(parameter) && r.statistic().equals(statistic))
                .mapToDouble(SensitivityIndex::value).findFirst().orElse(Double.NaN);
    }
}
