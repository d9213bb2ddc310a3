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

/**
 * The sweep, sensitivity and optimisation charts, drawn headless from fixture tables written by
 * small real runs of {@code shequn sweep} (one parameter on a grid; two on a grid; two by Latin
 * hypercube), {@code shequn sensitivity} (four parameters, Sobol and Morris) and
 * {@code shequn optimize} (20 plans): something is drawn, the expected series, the axis labels in
 * the SVG, in English and in Chinese.
 */
class ExperimentChartsTest {
    static final Style EN = Style.of(Lang.EN);

    static Stream<Arguments> charts() {
        return Stream.of(
                Arguments.of("sweep-line", "sweep-gmv", 1, List.of("GMV over the run (yuan)", "behaviour.tie_decay")),
                Arguments.of("sweep-grid", "sweep-heatmap-repeat-rate", 1,
                        List.of("groups[0].max_size", "behaviour.tie_decay", "Repeat rate at the end of the run")),
                Arguments.of("sweep-lhs", "sweep-scatter-profit", 1,
                        List.of("population.need_rate", "behaviour.tie_decay", "Profit over the run (yuan)")),
                Arguments.of("sensitivity", "sobol-gmv", 2, List.of("Share of the KPI's variance (0 = none, 1 = all)",
                        "population.need_rate", "Total index ST (with interactions)")),
                Arguments.of("sensitivity", "morris-repeat-rate", 4,
                        List.of("μ*: mean absolute effect on Repeat rate over the parameter's range",
                                "σ: spread of the effects on Repeat rate", "behaviour.wom_weak")),
                Arguments.of("optimize", "optimize-trace", 2,
                        List.of("GMV over the run (yuan)", "Plan evaluated (in search order)", "Best so far", "Base plan")));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("charts")
    void drawsSeriesAndLabelsInPngAndSvg(String fixture, String id, int series, List<String> labels) {
        JFreeChart chart = find(fixture, id, EN).chart();
        assertEquals(series, seriesCount(chart), "series in " + id);
        assertNotBlank(chart, id);
        List<String> texts = Fixtures.svgTexts(SvgExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, id));
        for (String label : labels) {
            assertTrue(texts.contains(label), id + ": no text '" + label + "' in the SVG; texts: " + texts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folders")
    void chineseLabelsRender(String fixture) {
        Style zh = Style.of(Lang.ZH);
        List<NamedChart> charts = ChartBook.draw(results(fixture), zh);
        assertTrue(!charts.isEmpty(), fixture);
        for (NamedChart c : charts) {
            String title = c.chart().getTitle().getText();
            assertTrue(title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    c.id() + ": title not in Chinese: " + title);
        }
        assertNotBlank(charts.get(0).chart(), fixture + " zh");
    }

    static Stream<String> folders() {
        return Stream.of("sweep-line", "sweep-grid", "sweep-lhs", "sensitivity", "optimize");
    }

    @Test
    void eachFolderGivesTheChartsItsTablesSupport() {
        assertEquals(List.of("sweep-gmv", "sweep-repeat-rate", "sweep-profit"), ids("sweep-line"));
        assertEquals(List.of("sweep-heatmap-gmv", "sweep-heatmap-repeat-rate", "sweep-heatmap-profit"), ids("sweep-grid"));
        assertEquals(List.of("sweep-scatter-gmv", "sweep-scatter-repeat-rate", "sweep-scatter-profit"), ids("sweep-lhs"));
        // sensitivity also writes points.csv, but of a Saltelli/Morris design: no sweep charts from it
        assertEquals(List.of("sobol-gmv", "sobol-repeat-rate", "morris-gmv", "morris-repeat-rate"), ids("sensitivity"));
        assertEquals(List.of("optimize-trace"), ids("optimize"));
    }

    @Test
    void heatmapHasOneCellPerCombinationAndSobolBarsAreRankedParameters() {
        XYPlot heat = (XYPlot) find("sweep-grid", "sweep-heatmap-gmv", EN).chart().getPlot();
        assertEquals(9, heat.getDataset().getItemCount(0));
        CategoryPlot sobol = (CategoryPlot) find("sensitivity", "sobol-gmv", EN).chart().getPlot();
        // by rank in sensitivity.csv: need_rate 1, fan_basket_gain 2, tie_decay 3, wom_weak 4
        assertEquals(List.of("population.need_rate", "behaviour.fan_basket_gain", "behaviour.tie_decay",
                "behaviour.wom_weak"), sobol.getDataset().getColumnKeys());
        assertEquals(0.177986, sobol.getDataset().getValue("Total index ST (with interactions)", "population.need_rate")
                .doubleValue(), 1e-9);
    }

    static void assertNotBlank(JFreeChart chart, String id) {
        BufferedImage png = PngExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, 72);
        assertEquals(NamedChart.WIDTH, png.getWidth());
        assertTrue(Fixtures.greyVariance(png) > 200, id + " PNG looks blank: variance " + Fixtures.greyVariance(png));
    }

    static Results results(String fixture) {
        return new Results(Fixtures.dir(fixture));
    }

    static List<String> ids(String fixture) {
        return ChartBook.draw(results(fixture), EN).stream().map(NamedChart::id).toList();
    }

    static NamedChart find(String fixture, String id, Style style) {
        return ChartBook.draw(results(fixture), style).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart " + id + " for " + fixture));
    }

    /** Series of every dataset of the plot (the optimisation trace draws best-so-far from a second one). */
    static int seriesCount(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            int n = 0;
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                n += xy.getDataset(i) == null ? 0 : xy.getDataset(i).getSeriesCount();
            }
            return n;
        }
        return ((CategoryPlot) chart.getPlot()).getDataset().getRowCount();
    }
}
