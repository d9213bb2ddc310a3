package shequn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shequn.viz.report.ChartBook;
import shequn.viz.data.Results;
import shequn.viz.export.PngExport;
import shequn.viz.export.SvgExport;
import shequn.viz.style.Panels;

/**
 * Every chart type, drawn headless from the fixture tables to PNG and SVG: something is drawn,
 * one series per strategy (or rung, or state), and the axis labels are in the SVG as text.
 */
class ChartsRenderTest {
    static final Style EN = Style.of(Lang.EN);

    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("compare", "kpi-gmv", 3, List.of("GMV per day (yuan)", "Day")),
                Arguments.of("run", "kpi-traffic", 1, List.of("Visits per day (store + online)", "Day")),
                Arguments.of("compare", "funnel", 3, List.of("Count over the run", "Visits", "Purchases")),
                Arguments.of("run", "funnel", 1, List.of("Count over the run")),
                Arguments.of("run", "ladder", 4, List.of("Consumers", "Day", "Strong tie (fan)")),
                Arguments.of("run", "group-vitality", 3, List.of("Group members", "Day", "Lurking")),
                Arguments.of("run", "cascades-ccdf", 1,
                        List.of("Cascade size (people made aware, log scale)", "Share of cascades this large or larger (1 = all)")),
                Arguments.of("compare", "compare-gmv", 1, List.of("GMV over the run (yuan)", "store-plus-community")),
                Arguments.of("compare", "difference-to-baseline", 2,
                        List.of("Change versus baseline-no-community (% of its mean)", "Repeat rate")));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("charts")
    void drawsSeriesAndLabelsInPngAndSvg(String fixture, String id, int series, List<String> labels) {
        JFreeChart chart = find(fixture, id).chart();
        assertEquals(series, seriesCount(chart), "series in " + id);

        BufferedImage png = PngExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, 72);
        assertEquals(NamedChart.WIDTH, png.getWidth());
        assertTrue(Fixtures.greyVariance(png) > 200, id + " PNG looks blank: variance " + Fixtures.greyVariance(png));

        String svg = SvgExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, id);
        assertTrue(svg.startsWith("<svg"), svg.substring(0, Math.min(80, svg.length())));
        List<String> texts = Fixtures.svgTexts(svg);
        for (String label : labels) {
            assertTrue(texts.contains(label), id + ": no text '" + label + "' in the SVG; texts: " + texts);
        }
        assertTrue(svg.contains("<path") || svg.contains("<rect"), id + ": SVG draws no shapes");
    }

    @Test
    void comparisonCategoriesAreTheStrategiesAndTheKpis() {
        CategoryPlot bars = (CategoryPlot) find("compare", "compare-gmv").chart().getPlot();
        assertEquals(List.of("baseline-no-community", "store-plus-community", "kol-livestream"),
                bars.getDataset().getColumnKeys());
        Panels diff = (Panels) find("compare", "difference-to-baseline").chart().getPlot();
        // a folder written before gross margin and profit were in comparison.csv: its money panel has the spend only
        assertEquals(List.of(List.of("GMV", "Traffic", "Basket"), List.of("Conversion", "Repeat rate"), List.of("Campaign cost")),
                diff.panels().stream().map(p -> p.getDataset().getColumnKeys()).toList());
        // store-plus-community's GMV difference: 100 × diff_mean / baseline mean, from comparison.csv
        double expected = 100 * 625955.633575 / 2825224.693504;
        assertEquals(expected, diff.panels().get(0).getDataset().getValue("store-plus-community", "GMV").doubleValue(), 0.01);
    }

    @Test
    void theRunAndTheComparisonGiveTheChartsTheirTablesSupport() {
        assertEquals(List.of("kpi-gmv", "kpi-traffic", "kpi-conversion", "kpi-basket", "kpi-repeat-rate", "funnel",
                "ladder", "group-vitality", "cascades-ccdf"), ids(Fixtures.run()));
        assertEquals(List.of("difference-to-baseline", "compare-gmv", "compare-traffic", "compare-conversion",
                "compare-basket", "compare-repeat-rate", "kpi-gmv", "kpi-traffic", "kpi-conversion", "kpi-basket",
                "kpi-repeat-rate", "funnel"), ids(Fixtures.compare()));
    }

    static List<String> ids(Results r) {
        return ChartBook.draw(r, EN).stream().map(NamedChart::id).toList();
    }

    static NamedChart find(String fixture, String id) {
        Results r = fixture.equals("run") ? Fixtures.run() : Fixtures.compare();
        return ChartBook.draw(r, EN).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " for " + fixture));
    }

    static int seriesCount(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            return xy.getDataset().getSeriesCount();
        }
        if (chart.getPlot() instanceof Panels panels) {
            return panels.panels().get(0).getDataset().getRowCount();
        }
        return ((CategoryPlot) chart.getPlot()).getDataset().getRowCount();
    }
}
