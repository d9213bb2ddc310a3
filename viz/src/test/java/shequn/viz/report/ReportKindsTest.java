package shequn.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import shequn.viz.Fixtures;
import shequn.viz.NamedChart;
import shequn.viz.Lang;
import shequn.viz.Style;
import shequn.viz.data.Results;

/** The report says what each kind of folder holds, states the settings that ran and shows no local paths. */
class ReportKindsTest {
    static final Style EN = Style.of(Lang.EN);
    static final Style ZH = Style.of(Lang.ZH);

    @TempDir
    Path tmp;

    @Test
    void anMcFolderIsReplicationsOfOnePlanWithTheirIntervals() {
        Results r = new Results(Fixtures.dir("mc"));
        String html = new HtmlReport(r, EN).render(null);
        assertTrue(html.contains("This folder holds 3 replications of one strategy (shequn mc)"), html);
        assertFalse(html.contains("a single replication"), "an mc folder is not one replication");
        assertTrue(html.contains("<th scope=\"row\">Profit</th><td>8,874 <small>[315, 17,433]</small></td>"), html);
        assertTrue(html.contains("As run, after --set population.consumers=1000 --set days=100: 1,000 consumers over 100 days"),
                "the consumers that ran, not the description's 10,000");
        assertFalse(html.contains(Fixtures.dir("mc").toAbsolutePath().toString()), "no absolute path of this machine");
        assertFalse(html.contains("/work/"), "no absolute path of the machine that ran it");
        assertTrue(html.contains("<th scope=\"row\">Results folder</th><td>mc</td>"), "the folder by its name");
    }

    @Test
    void aCalibrateFolderGetsItsParametersFitAndSearchChart() {
        Results r = new Results(Fixtures.dir("calibrate"));
        assertEquals(List.of("calibrate-trace"), ChartBook.draw(r, EN).stream().map(c -> c.id()).toList());
        String html = new HtmlReport(r, EN).render(null);
        assertTrue(html.contains("This folder holds a calibration (shequn calibrate)"), html);
        assertTrue(html.contains("<code>population.need_rate</code></th><td>0.1212</td><td>0.001902</td><td>[0.1172, 0.1251]</td>"),
                html);
        assertTrue(html.contains("held-back window (5 periods)</th><td>4.4%</td>"), html);
        assertTrue(html.contains("<figure id=\"calibrate-trace\">"), "the search chart");
        assertFalse(html.contains("<td>1.21176"), "no raw doubles");
    }

    @Test
    void aCalibrationsFitIsChartedWithTheHeldBackPartShaded() throws Exception {
        Path dir = tmp.resolve("fit");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("fit.csv"), "target,window,period,first_day,observed,simulated\n"
                + "aware,fit,0,0,10,11\naware,fit,1,7,12,12\naware,holdout,2,14,15,14\naware,holdout,3,21,16,15\n");
        Files.writeString(dir.resolve("tracking.csv"), "day,date,window,actual,bgnbd,pareto_nbd,agent_model\n"
                + "0,2025-01-06,fit,0,0,0,0\n7,2025-01-13,fit,5,4.8,4.7,5.1\n14,2025-01-20,holdout,9,9.6,9.1,9.9\n");
        List<NamedChart> charts = ChartBook.draw(new Results(dir), EN);
        assertEquals(List.of("calibrate-fit-aware", "calibrate-tracking"), charts.stream().map(NamedChart::id).toList());
        XYPlot tracking = charts.get(1).chart().getXYPlot();
        assertEquals(4, tracking.getDataset().getSeriesCount(), "observed and the three models");
        IntervalMarker held = (IntervalMarker) tracking.getDomainMarkers(Layer.BACKGROUND).iterator().next();
        assertEquals(7, held.getStartValue(), 0.0); // from the cut (the last fitted day) to the end
        assertEquals(14, held.getEndValue(), 0.0);
        IntervalMarker fitHeld = (IntervalMarker) charts.get(0).chart().getXYPlot().getDomainMarkers(Layer.BACKGROUND)
                .iterator().next();
        assertEquals(14, fitHeld.getStartValue(), 0.0);
    }

    @Test
    void anOrderLogCalibrationReportsEachModelAndTheForecasts() throws Exception {
        Path dir = tmp.resolve("orders");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.json"), "{\"command\": \"calibrate\", \"transactions\": \"o.csv\", \"cohort\": 80, "
                + "\"holdout_weeks\": 26, \"holdout_actual\": 669.0, \"models\": [{\"model\": \"BG/NBD\", \"parameters\": "
                + "[{\"name\": \"r\", \"value\": 1.0192, \"se\": 0.0246, \"ci_low\": 0.9721, \"ci_high\": 1.069}], "
                + "\"holdout_forecast\": 667.28, \"holdout_error\": -0.0026, \"per_customer_mae\": 0.805, "
                + "\"per_customer_rmse\": 1.299}]}");
        String html = new HtmlReport(new Results(dir), EN).render(null);
        assertTrue(html.contains("fitted to the histories of 80 customers, and each forecast the last 26 weeks, which were held "
                + "back (669 repeat transactions happened in them)"), html);
        assertTrue(html.contains("<code>r</code></th><td>1.019</td><td>0.0246</td><td>[0.9721, 1.069]</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">BG/NBD</th><td>667.3</td><td>-0.3%</td><td>0.805</td><td>1.299</td>"), html);
    }

    @Test
    void whatDiffersIsATableInTheReportsLanguage() throws Exception {
        // a two-plan folder whose summary names the library's files, run with --set
        Path dir = tmp.resolve("two");
        Files.createDirectories(dir);
        String summary = Files.readString(Fixtures.dir("compare").resolve("summary.json"))
                .replace("\"scenarios/", "\"" + Path.of("..", "scenarios").toAbsolutePath().normalize() + "/");
        Files.writeString(dir.resolve("summary.json"), summary);
        for (String f : List.of("comparison.csv", "daily_summary.csv", "runs.csv")) {
            Files.copy(Fixtures.dir("compare").resolve(f), dir.resolve(f));
        }
        String en = new HtmlReport(new Results(dir), EN).render(null);
        assertTrue(en.contains("<table class=\"diffs\"><thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">This plan</th>"
                + "<th scope=\"col\">Baseline</th></tr></thead>"), en);
        assertFalse(en.contains("<ul class=\"diffs\">"), "not a run-on list");
        assertTrue(en.contains("<ul><li>qr_code, start 0, every 1</li>"), "a list section one item per line: " + en);
        assertFalse(en.contains(Path.of("..").toAbsolutePath().normalize().toString() + "/scenarios"), "file names, not paths");
        assertTrue(en.contains("<code>store-plus-community.yaml</code>"), en);
        String zh = new HtmlReport(new Results(dir), ZH).render(null);
        assertTrue(zh.contains("<th scope=\"col\">设置</th><th scope=\"col\">本方案</th><th scope=\"col\">基准</th>"), zh);
        assertTrue(zh.contains("实际运行"), "the settings that ran, in Chinese");
    }
}
