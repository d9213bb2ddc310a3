package shequn.viz.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import shequn.viz.Fixtures;
import shequn.viz.Lang;
import shequn.viz.NamedChart;
import shequn.viz.Style;
import shequn.viz.data.Results;
import shequn.viz.export.SvgExport;
import shequn.viz.style.Panels;

/**
 * The difference chart in the units of the tables and the verdict: percent of the baseline's mean
 * for GMV, traffic and basket; percentage points for conversion and repeat rate; yuan for gross
 * margin, campaign spend and profit. Values straight from comparison.csv of the compare-econ fixture
 * (baseline-no-community, store-plus-community, kol-livestream; 8 replications, 120 days).
 */
class DifferenceChartTest {
    static final Style EN = Style.of(Lang.EN);
    static final double BASE_GMV = 2836282.262019;

    static List<CategoryPlot> panels() {
        JFreeChart chart = DifferenceChart.chart(new Results(Fixtures.dir("compare-econ")), EN);
        return ((Panels) chart.getPlot()).panels();
    }

    static double value(CategoryPlot p, String strategy, String kpi) {
        CategoryDataset d = p.getDataset();
        return d.getValue(strategy, kpi).doubleValue();
    }

    @Test
    void onePanelPerUnitWithItsAxis() {
        List<CategoryPlot> p = panels();
        assertEquals(List.of(List.of("GMV", "Traffic", "Basket"), List.of("Conversion", "Repeat rate"),
                List.of("Gross margin", "Campaign cost", "Profit")), p.stream().map(x -> x.getDataset().getColumnKeys()).toList());
        assertEquals("Change versus baseline-no-community (% of its mean)", p.get(0).getRangeAxis().getLabel());
        assertEquals("Change versus baseline-no-community (percentage points)", p.get(1).getRangeAxis().getLabel());
        assertEquals("Change versus baseline-no-community (yuan over the run)", p.get(2).getRangeAxis().getLabel());
        for (CategoryPlot x : p) {
            assertEquals(List.of("store-plus-community", "kol-livestream"), x.getDataset().getRowKeys());
        }
    }

    @Test
    void ratesInPointsMoneyInYuanGmvInPercent() {
        List<CategoryPlot> p = panels();
        assertEquals(100 * 43823.401656 / BASE_GMV, value(p.get(0), "kol-livestream", "GMV"), 1e-9);
        assertEquals(-2.9784, value(p.get(1), "kol-livestream", "Conversion"), 1e-9, "points: 100 × -0.029784");
        assertEquals(3.3323, value(p.get(1), "store-plus-community", "Repeat rate"), 1e-9, "points: 100 × 0.033323");
        assertEquals(-39829.020720, value(p.get(2), "kol-livestream", "Profit"), 1e-9, "yuan");
        assertEquals(50784.871134, value(p.get(2), "kol-livestream", "Campaign cost"), 1e-9);
        assertEquals(10955.850414, value(p.get(2), "kol-livestream", "Gross margin"), 1e-9);
        // the whisker is the 95% interval's half-width in the same unit
        assertEquals((-35246.247444 + 44411.793997) / 2,
                ((org.jfree.data.statistics.StatisticalCategoryDataset) p.get(2).getDataset())
                        .getStdDevValue("kol-livestream", "Profit").doubleValue(), 1e-6);
    }

    @Test
    void everyPanelIsDrawnWithItsLabels() {
        JFreeChart chart = DifferenceChart.chart(new Results(Fixtures.dir("compare-econ")), EN);
        List<String> texts = Fixtures.svgTexts(SvgExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, "d"));
        for (String label : List.of("Change versus baseline-no-community (percentage points)",
                "Change versus baseline-no-community (yuan over the run)", "Profit", "Campaign cost", "Conversion",
                "kol-livestream")) {
            assertTrue(texts.contains(label), "no '" + label + "' in " + texts);
        }
    }
}
