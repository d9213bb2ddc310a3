package shequn.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import shequn.viz.report.ChartBook;
import shequn.viz.data.ResponsePoint;
import shequn.viz.data.ResponseTable;
import shequn.viz.data.Results;
import shequn.viz.export.SvgExport;
import shequn.viz.report.HtmlReport;
import shequn.viz.response.ResponseChart;

/**
 * The response curves of {@code shequn response}, drawn headless from a fixture written by a small
 * real run ({@code --all} on store-plus-community.yaml with 1,000 consumers, 120 days, 3 replications):
 * one panel per campaign over two charts, labels in the SVG, and the report's response section.
 */
class ResponseChartTest {
    static final Style EN = Style.of(Lang.EN);

    static Results results() {
        return new Results(Fixtures.dir("response"));
    }

    @Test
    void thirteenCampaignsMakeTwoChartsOfSmallMultiples() {
        List<List<ResponsePoint>> curves = ResponseTable.curves(results());
        assertEquals(13, curves.size());
        assertEquals(List.of("response-profit-1", "response-profit-2"), ExperimentChartsTest.ids("response"));
        for (NamedChart c : ChartBook.draw(results(), EN)) {
            ExperimentChartsTest.assertNotBlank(c.chart(), c.id());
        }
    }

    @Test
    void panelsNameTheirCampaignAndUnitsAndTheLegendTheMarks() {
        JFreeChart chart = ExperimentChartsTest.find("response", "response-profit-1", EN).chart();
        List<String> texts = Fixtures.svgTexts(SvgExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, "r"));
        for (String label : List.of("Response curves: incremental profit by campaign (1 of 2)", "qr_code", "staff_invite",
                "emotion", "kol_post (chef_wang)", "Firings per 30 days", "Share of visitors invited", "Δ profit (yuan)",
                "Campaign off or on", "on", "off", "Current setting", "Best setting tried", "95% confidence interval")) {
            assertTrue(texts.contains(label), "no text '" + label + "' in the SVG; texts: " + texts);
        }
    }

    @Test
    void oneCampaignIsOneFullPanel() {
        List<ResponsePoint> redPacket = ResponseTable.curves(results()).stream()
                .filter(c -> c.get(0).lever().equals("red_packet")).findFirst().orElseThrow();
        List<NamedChart> charts = ResponseChart.charts(List.of(redPacket), 3, EN);
        assertEquals(1, charts.size());
        assertEquals("response-profit", charts.get(0).id());
        ExperimentChartsTest.assertNotBlank(charts.get(0).chart(), "one panel");
        assertEquals(1, redPacket.stream().filter(ResponsePoint::current).count());
        assertEquals(1, redPacket.stream().filter(ResponsePoint::best).count());
        assertTrue(redPacket.get(0).absent());
    }

    @Test
    void reportShowsTheResponseSectionInsteadOfAVerdict() {
        String html = new HtmlReport(results(), EN).render(null);
        assertTrue(html.contains("<h2>Response curves</h2>"), "response section");
        assertFalse(html.contains("<h2>Verdict</h2>"), "no verdict for a response folder");
        assertTrue(html.contains("staff_invite: rate 0.75 instead of rate 0.3 raises incremental profit"), "advice line");
        assertTrue(html.contains("content: the plan earns most without it"), "advice to drop");
        assertTrue(html.contains("Every setting: mean [95% confidence interval]"), "the table of every point");
        assertTrue(html.contains("id=\"response-profit-2\""), "the charts inline");
    }

    @Test
    void chineseLabels() {
        Style zh;
        try {
            zh = Style.of(Lang.ZH);
        } catch (shequn.viz.style.Fonts.MissingFontException e) {
            org.junit.jupiter.api.Assumptions.abort("no CJK font on this machine: " + e.getMessage());
            return;
        }
        JFreeChart chart = ExperimentChartsTest.find("response", "response-profit-2", zh).chart();
        assertEquals("响应曲线：各活动的增量利润（2/2）", chart.getTitle().getText());
        List<String> texts = Fixtures.svgTexts(SvgExport.render(chart, NamedChart.WIDTH, NamedChart.HEIGHT, "z"));
        assertTrue(texts.contains("每 30 天触发次数"), texts.toString());
        assertTrue(texts.contains("利润增量（元）"), texts.toString());
        ExperimentChartsTest.assertNotBlank(chart, "zh");
    }
}
