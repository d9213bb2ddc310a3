package shequn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** Charts say what their shapes do not: a filling window, intervals the colours hide. */
class ChartHonestyTest {
    static final Style EN = Style.of(Lang.EN);

    @Test
    void theRepeatRateMarksTheDaysItsWindowFills() {
        for (String fixture : new String[] {"run", "compare"}) {
            XYPlot plot = (XYPlot) ChartsRenderTest.find(fixture, "kpi-repeat-rate").chart().getPlot();
            Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
            assertEquals(1, markers == null ? 0 : markers.size(), fixture);
            IntervalMarker m = (IntervalMarker) markers.iterator().next();
            assertEquals(29, m.getEndValue() - m.getStartValue(), 1e-9);
            assertTrue(m.getLabel().contains("30 days"), m.getLabel());
            assertTrue(((XYPlot) ChartsRenderTest.find(fixture, "kpi-gmv").chart().getPlot())
                    .getDomainMarkers(Layer.BACKGROUND) == null, "only the windowed rate");
        }
    }

    @Test
    void aSmallHeatmapWritesEachCellsInterval() {
        XYPlot plot = (XYPlot) ExperimentChartsTest.find("sweep-grid", "sweep-heatmap-gmv", EN).chart().getPlot();
        var r = (org.jfree.chart.renderer.xy.AbstractXYItemRenderer) plot.getRenderer();
        long withInterval = r.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation t && t.getText().contains(" ±"))
                .count();
        assertEquals(9, withInterval, "every cell of the 3 × 3 grid");
    }

    @Test
    void theFunnelsEstimatedStepCarriesItsInterval() {
        var plot = (org.jfree.chart.plot.CategoryPlot) ChartsRenderTest.find("compare", "funnel").chart().getPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        String estimated = labels.generateLabel(plot.getDataset(), 0, 2);
        assertTrue(estimated.matches("≈ [0-9,]+ \\[[0-9,]+–[0-9,]+\\] \\(\\d+%\\)"), estimated);
        var single = (org.jfree.chart.plot.CategoryPlot) ChartsRenderTest.find("run", "funnel").chart().getPlot();
        assertTrue(single.getRenderer().getDefaultItemLabelGenerator().generateLabel(single.getDataset(), 0, 2).startsWith("≈ "),
                "one run: marked as an estimate, no interval to give");
    }
}
