package shequn.viz.response;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import shequn.viz.ChartSource;
import shequn.viz.Lang;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.ResponsePoint;
import shequn.viz.data.ResponseTable;
import shequn.viz.data.Results;
import shequn.viz.style.Theme;

/**
 * Response curves of {@code shequn response} as small multiples: one panel per campaign, its
 * incremental profit (against the plan without it, paired) by intensity with the 95% band, a zero
 * line, the current setting ringed and the best one (highest mean incremental profit) as a diamond.
 * At most eight panels a chart (four by two): more campaigns make several charts,
 * {@code response-profit-1}, {@code -2}…, the campaigns shared evenly between them.
 */
public final class ResponseChart implements ChartSource {
    /** Panels on one chart (4 × 2). */
    static final int PER_PAGE = 8;
    static final Color LINE = Theme.colour(1);
    static final Color CURRENT = Theme.colour(8);
    static final Color BEST = Theme.colour(6);

    @Override
    public List<NamedChart> draw(Results results, Style style) {
        List<List<ResponsePoint>> curves = ResponseTable.curves(results);
        if (curves.isEmpty()) {
            return List.of();
        }
        return charts(curves, results.summary().path("replications").asInt(0), style);
    }

    /** The charts of these curves: one, or one per page of up to eight panels. */
    public static List<NamedChart> charts(List<List<ResponsePoint>> curves, int reps, Style style) {
        int pages = (curves.size() + PER_PAGE - 1) / PER_PAGE;
        int perPage = (curves.size() + pages - 1) / pages;
        List<NamedChart> out = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            List<List<ResponsePoint>> page = curves.subList(p * perPage, Math.min(curves.size(), (p + 1) * perPage));
            String title = pages == 1 ? style.text("response.title") : style.text("response.title.page", p + 1, pages);
            out.add(new NamedChart(pages == 1 ? "response-profit" : "response-profit-" + (p + 1), chart(page, reps, title, style)));
        }
        return out;
    }

    static JFreeChart chart(List<List<ResponsePoint>> curves, int reps, String title, Style style) {
        int n = curves.size();
        int columns = n <= 1 ? 1 : n <= 4 ? 2 : n <= 6 ? 3 : 4;
        List<XYPlot> panels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            panels.add(panel(curves.get(i), i % columns == 0, style));
            titles.add(curves.get(i).get(0).name());
        }
        PanelGrid grid = new PanelGrid(panels, titles, columns, style.theme().font(Font.BOLD, 11), Theme.TEXT,
                legend(style));
        JFreeChart chart = new JFreeChart(title, style.theme().font(Font.BOLD, 17), grid, true);
        chart.addSubtitle(new TextTitle(style.text("response.subtitle", reps)));
        style.theme().apply(chart);
        return chart;
    }

    static XYPlot panel(List<ResponsePoint> curve, boolean firstColumn, Style style) {
        ResponsePoint any = curve.get(0);
        boolean presence = "presence".equals(any.parameter());
        YIntervalSeries mean = new YIntervalSeries(style.text("response.mean"), false, true);
        XYSeries current = new XYSeries(style.text("response.current"), false, true);
        XYSeries best = new XYSeries(style.text("response.best"), false, true);
        for (ResponsePoint p : curve) {
            double x = p.intensity();
            mean.add(x, p.dProfit(), p.dProfitLow(), p.dProfitHigh());
            if (p.current()) {
                current.add(x, p.dProfit());
            }
            if (p.best()) {
                best.add(x, p.dProfit());
            }
        }
        YIntervalSeriesCollection line = new YIntervalSeriesCollection();
        line.addSeries(mean);
        XYSeriesCollection marks = new XYSeriesCollection();
        marks.addSeries(best);
        marks.addSeries(current);

        ValueAxis x = presence ? new SymbolAxis(axisLabel(any, style),
                new String[] {style.text("response.off"), style.text("response.on")}) : new NumberAxis(axisLabel(any, style));
        if (presence) {
            ((SymbolAxis) x).setGridBandsVisible(false);
            x.setRange(-0.3, 1.3);
        } else {
            ((NumberAxis) x).setAutoRangeIncludesZero(true);
        }
        NumberAxis y = new NumberAxis(firstColumn ? style.text("response.axis.y") : null);
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(new Compact(style.messages().lang()));
        for (ValueAxis a : List.of(x, y)) {
            a.setLabelFont(style.theme().font(Font.PLAIN, 10));
            a.setTickLabelFont(style.theme().font(Font.PLAIN, 9));
            a.setLabelPaint(Theme.TEXT);
            a.setTickLabelPaint(Theme.TEXT);
        }

        DeviationRenderer band = new DeviationRenderer(true, true);
        band.setAlpha(0.18f);
        band.setSeriesPaint(0, LINE);
        band.setSeriesFillPaint(0, LINE);
        band.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        band.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, diamond(5));
        dots.setSeriesPaint(0, BEST);
        dots.setSeriesShapesFilled(0, true);
        dots.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        dots.setSeriesPaint(1, CURRENT);
        dots.setSeriesShapesFilled(1, false);
        dots.setSeriesStroke(1, new BasicStroke(1.5f));
        dots.setUseOutlinePaint(false);

        XYPlot plot = new XYPlot(line, x, y, band);
        plot.setDataset(1, marks);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(Theme.GRID);
        plot.setRangeGridlinePaint(Theme.GRID);
        ValueMarker zero = new ValueMarker(0, new Color(0x88, 0x88, 0x88), new BasicStroke(1f));
        plot.addRangeMarker(zero);
        return plot;
    }

    /** The x-axis label of a campaign's curve: its lever's own label if it has one, else its parameter's. */
    static String axisLabel(ResponsePoint p, Style style) {
        try {
            return style.text("response.axis." + p.parameter() + "." + p.lever());
        } catch (MissingResourceException e) {
            try {
                return style.text("response.axis." + p.parameter());
            } catch (MissingResourceException e2) {
                return p.parameter();
            }
        }
    }

    static LegendItemCollection legend(Style style) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem(style.text("response.mean"), null, null, null, new Line2D.Double(-8, 0, 8, 0),
                new BasicStroke(2f), LINE));
        items.add(new LegendItem(style.text("response.band"), null, null, null, new Rectangle2D.Double(-6, -5, 12, 10),
                Theme.translucent(LINE, 60)));
        items.add(new LegendItem(style.text("response.current"), null, null, null, true, new Ellipse2D.Double(-5, -5, 10, 10),
                false, CURRENT, true, CURRENT, new BasicStroke(1.5f), false, new Line2D.Double(), new BasicStroke(), CURRENT));
        items.add(new LegendItem(style.text("response.best"), null, null, null, true, diamond(5), true, BEST, false, BEST,
                new BasicStroke(), false, new Line2D.Double(), new BasicStroke(), BEST));
        return items;
    }

    static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }

    /** Yuan on a small axis: 45,000 up to a million, then 1.2M (English) or 120万 (Chinese). */
    static final class Compact extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final Lang lang;

        Compact(Lang lang) {
            this.lang = lang;
        }

        static String format(double v, Lang lang) {
            if (Math.abs(v) < 1e6) {
                String plain = String.format(Locale.ROOT, "%,.0f", v);
                return plain.equals("-0") ? "0" : plain;
            }
            return lang == Lang.ZH ? trim(v / 1e4) + "万" : trim(v / 1e6) + "M";
        }

        private static String trim(double v) {
            String s = String.format(Locale.ROOT, "%.1f", v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(format(number, lang));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(format((double) number, lang));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
