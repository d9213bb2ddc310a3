package shequn.viz.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.viz.NamedChart;
import shequn.viz.export.ChartFiles;
import shequn.viz.export.Format;
import shequn.viz.style.Theme;

class CheckChartTest {
    static final double[] X = Chart.range(0, 3);

    @Test
    void bandsAndReferencesInTheThemeColours() {
        Chart c = Chart.lines("bass-demo", "Bass", "day", "share",
                Chart.Series.band("simulated", X, new double[] {1, 2, 3}, new double[] {0, 1, 2}, new double[] {2, 3, 4}),
                Chart.Series.line("exact", X, new double[] {1, 2, 3}));
        NamedChart drawn = CheckChart.draw(c);
        assertEquals("bass-demo", drawn.id());
        XYPlot plot = drawn.chart().getXYPlot();
        assertTrue(plot.getRenderer() instanceof DeviationRenderer);
        assertEquals(Theme.colour(1), plot.getRenderer().getSeriesPaint(0));
        assertEquals(Theme.colour(2), plot.getRenderer().getSeriesPaint(1));
        assertEquals(2, plot.getDataset().getSeriesCount());
    }

    @Test
    void discreteXGetsErrorBars() {
        Chart c = Chart.bars("sf-demo", "SF", "rung", "ratio",
                Chart.Series.band("simulated", X, new double[] {1, 2, 3}, new double[] {0, 1, 2}, new double[] {2, 3, 4}));
        XYPlot plot = CheckChart.draw(c).chart().getXYPlot();
        assertTrue(plot.getRenderer() instanceof XYErrorRenderer);
        assertTrue(plot.getDomainAxis().getLowerBound() < 0, "the first point is off the frame");
    }

    @Test
    void writesPngAndSvgWithChineseLabels(@TempDir Path dir) throws Exception {
        Chart c = Chart.lines("sf4-erosion", "无社群门店的客流 (5 年)", "天", "客流",
                Chart.Series.line("模拟", X, new double[] {3, 2, 1}));
        List<Path> files = ChartFiles.write(List.of(CheckChart.draw(c)), dir, List.of(Format.PNG, Format.SVG), 72);
        assertEquals(List.of(dir.resolve("sf4-erosion.png"), dir.resolve("sf4-erosion.svg")), files);
        assertTrue(Files.size(files.get(0)) > 1000);
        assertTrue(Files.readString(files.get(1)).contains("<svg"));
    }
}
