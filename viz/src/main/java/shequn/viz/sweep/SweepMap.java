package shequn.viz.sweep;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import shequn.viz.ChartSource;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.data.SweepPoint;
import shequn.viz.style.Axes;
import shequn.viz.style.Sequential;

/**
 * A sweep over two parameters: a KPI's mean at each point, coloured on one scale. A full grid is
 * a heatmap (one cell per combination, the value written in it when there are few); a Latin
 * hypercube or Sobol design is a scatter of its points coloured the same way.
 */
public final class SweepMap implements ChartSource {
    /** Above this many cells the values are not written in them (they would not fit). */
    static final int LABELLED_CELLS = 64;

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<String> params = results.sweepParameters();
        List<NamedChart> charts = new ArrayList<>();
        if (params.size() != 2) {
            return charts;
        }
        int reps = results.summary().path("replications_per_point").asInt(0);
        List<ParameterLabels.Label> labels = ParameterLabels.of(params, results.summary(), results.dir(), style);
        List<String> titles = labels.stream().map(ParameterLabels.Label::title).toList();
        List<String> axes = labels.stream().map(ParameterLabels.Label::axis).toList();
        for (String kpi : SweepAxes.KPIS) {
            List<SweepPoint> points = results.sweep(kpi);
            if (points.isEmpty()) {
                continue;
            }
            String id = kpi.replace('_', '-');
            if (isGrid(points)) {
                charts.add(new NamedChart("sweep-heatmap-" + id, heatmap(kpi, titles, axes, points, reps, style)));
            } else if (SweepAxes.numeric(column(points, 0)) && SweepAxes.numeric(column(points, 1))) {
                charts.add(new NamedChart("sweep-scatter-" + id, scatter(kpi, titles, axes, points, reps, style)));
            }
        }
        return charts;
    }

    /** Every combination of the two parameters' values appears exactly once. */
    static boolean isGrid(List<SweepPoint> points) {
        Set<List<String>> pairs = new HashSet<>();
        points.forEach(p -> pairs.add(p.values()));
        return pairs.size() == points.size()
                && pairs.size() == SweepAxes.levels(column(points, 0)).size() * SweepAxes.levels(column(points, 1)).size();
    }

    static List<String> column(List<SweepPoint> points, int i) {
        return points.stream().map(p -> p.values().get(i)).toList();
    }

    public static JFreeChart heatmap(String kpi, List<String> params, List<SweepPoint> points, int reps, Style style) {
        return heatmap(kpi, params, params, points, reps, style);
    }

    /** {@code params} name the parameters in the title, {@code axes} (with units) on the axes. */
    public static JFreeChart heatmap(String kpi, List<String> params, List<String> axes, List<SweepPoint> points, int reps,
            Style style) {
        List<String> xs = SweepAxes.levels(column(points, 0));
        List<String> ys = SweepAxes.levels(column(points, 1));
        double[][] xyz = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xyz[0][i] = xs.indexOf(points.get(i).values().get(0));
            xyz[1][i] = ys.indexOf(points.get(i).values().get(1));
            xyz[2][i] = points.get(i).mean();
        }
        Sequential scale = scale(points);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        ValueAxis x = SweepAxes.symbols(axes.get(0), xs);
        ValueAxis y = SweepAxes.symbols(axes.get(1), ys);
        x.setRange(-0.5, xs.size() - 0.5);
        y.setRange(-0.5, ys.size() - 0.5);
        XYPlot plot = new XYPlot(dataset(kpi, xyz), x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = titled(kpi, params, reps, plot, scale, style, "sweep.heatmap.subtitle");
        if (points.size() <= LABELLED_CELLS) {
            Font font = style.theme().font(Font.PLAIN, points.size() <= 25 ? 12 : 10);
            for (int i = 0; i < points.size(); i++) {
                // with few cells there is room for the interval: colours alone suggest differences the data may not carry
                SweepPoint p = points.get(i);
                String text = points.size() <= 25 && !Double.isNaN(p.high())
                        ? cell(kpi, p.mean()) + " ±" + cell(kpi, (p.high() - p.low()) / 2) : cell(kpi, p.mean());
                XYTextAnnotation a = new XYTextAnnotation(text, xyz[0][i], xyz[1][i]);
                a.setFont(font);
                a.setPaint(scale.textOn(xyz[2][i]));
                renderer.addAnnotation(a);
            }
        }
        return chart;
    }

    public static JFreeChart scatter(String kpi, List<String> params, List<SweepPoint> points, int reps, Style style) {
        return scatter(kpi, params, params, points, reps, style);
    }

    /** {@code params} name the parameters in the title, {@code axes} (with units) on the axes. */
    public static JFreeChart scatter(String kpi, List<String> params, List<String> axes, List<SweepPoint> points, int reps,
            Style style) {
        double[][] xyz = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            xyz[0][i] = Double.parseDouble(points.get(i).values().get(0));
            xyz[1][i] = Double.parseDouble(points.get(i).values().get(1));
            xyz[2][i] = points.get(i).mean();
        }
        Sequential scale = scale(points);
        XYShapeRenderer renderer = new XYShapeRenderer();
        renderer.setPaintScale(scale);
        renderer.setDefaultShape(new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(java.awt.Color.WHITE);
        NumberAxis x = new NumberAxis(axes.get(0));
        NumberAxis y = new NumberAxis(axes.get(1));
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset(kpi, xyz), x, y, renderer);
        return titled(kpi, params, reps, plot, scale, style, "sweep.scatter.subtitle");
    }

    /** A cell's value: shares as percentages, large amounts in whole units ("818,465"), small ones as axes show them. */
    static String cell(String kpi, double v) {
        return !Axes.isShare(kpi) && Math.abs(v) >= 100 ? new java.text.DecimalFormat("#,##0").format(v)
                : Axes.format(kpi).format(v);
    }

    private static DefaultXYZDataset dataset(String kpi, double[][] xyz) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(kpi, xyz);
        return data;
    }

    private static Sequential scale(List<SweepPoint> points) {
        double lo = points.stream().mapToDouble(SweepPoint::mean).min().orElse(0);
        double hi = points.stream().mapToDouble(SweepPoint::mean).max().orElse(1);
        return new Sequential(lo, hi);
    }

    /** Title, subtitle, and the colour scale as a legend below the plot, labelled with the KPI and its unit. */
    private static JFreeChart titled(String kpi, List<String> params, int reps, XYPlot plot, Sequential scale, Style style,
            String subtitleKey) {
        String label = style.messages().kpi(kpi);
        JFreeChart chart = new JFreeChart(style.text("sweep.map.title", label, params.get(0), params.get(1)), plot);
        chart.removeLegend();
        chart.addSubtitle(new TextTitle(style.text(subtitleKey, reps)));
        style.theme().apply(chart);
        NumberAxis scaleAxis = Axes.numberAxis(style.text("axis.total." + kpi), kpi);
        scaleAxis.setLabelFont(style.theme().font(Font.PLAIN, 12));
        scaleAxis.setTickLabelFont(style.theme().font(Font.PLAIN, 11));
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(100);
        legend.setAxisOffset(4);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(6, 60, 0, 60));
        chart.addSubtitle(legend);
        return chart;
    }
}
