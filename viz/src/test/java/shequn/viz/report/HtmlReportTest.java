package shequn.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shequn.viz.Fixtures;
import shequn.viz.Lang;
import shequn.viz.Style;
import shequn.viz.data.Results;

/** The report's content: verdict with uncertainty, strategies, charts, tables, provenance; escaped and self-contained. */
class HtmlReportTest {
    static final Style EN = Style.of(Lang.EN);

    @TempDir
    Path tmp;

    @Test
    void anOptimisationFolderGetsItsChartAndNoFalseVerdict() {
        String html = new HtmlReport(new shequn.viz.data.Results(Fixtures.dir("optimize")), EN).render(null);
        assertTrue(html.contains("This folder holds a shequn optimize"), html);
        assertTrue(html.contains("Plan evaluated (in search order)"), "the search chart is inlined");
    }

    @Test
    void comparisonReportLeadsWithTheVerdictAndItsInterval() {
        String html = new HtmlReport(Fixtures.compare(), EN).render(null);
        // a folder written before profit was in comparison.csv: the verdict can only lead with GMV
        assertTrue(html.contains("<p class=\"headline\">store-plus-community raises GMV by 22.2% [21.3%, 23.0%] over "
                + "baseline-no-community, higher in 100% of replications</p>"), headline(html));
        assertTrue(html.contains("kol-livestream does not clearly change repeat rate (-0.2 points [-0.8, +0.5])"),
                "an interval across zero is not called a change");
        assertEquals(12, count(html, "<figure "), "every chart the tables support");
        assertEquals(12, count(html, "<svg "), "charts inline as SVG");
        assertTrue(html.contains("<td>3,451,180<br><small>[3,390,680, 3,511,680]</small></td>"), "GMV level with CI");
        assertTrue(html.contains("<td class=\"up\">+22.2%<br><small>[+21.3, +23.0]</small></td>"), "paired difference");
        assertTrue(html.contains("<th scope=\"row\">Master seed</th><td>20261122</td>"));
        assertTrue(html.contains("<th scope=\"row\">Replications per strategy</th><td>8</td>"));
    }

    @Test
    void theVerdictLeadsWithProfitAndSaysWhenAPlanLosesMoney() {
        String html = new HtmlReport(new Results(Fixtures.dir("compare-econ")), EN).render(null);
        assertTrue(html.contains("<p class=\"headline\">store-plus-community earns 96,182 yuan more profit [91,190, 101,173] "
                + "than baseline-no-community and raises GMV by 21.2% [20.5%, 21.9%]; each extra yuan spent returns 2.77 yuan "
                + "of gross margin [2.68, 2.86], more than the yuan it costs. More profit in 100% of replications.</p>"),
                headline(html));
        assertTrue(html.contains("<li>kol-livestream loses 39,829 yuan of profit [35,246, 44,412] against "
                + "baseline-no-community although it raises GMV by 1.5% [0.9%, 2.2%]; each extra yuan spent returns 0.22 yuan "
                + "of gross margin [0.13, 0.31], less than the yuan it costs. More profit in 0% of replications.</li>"), html);
        assertFalse(html.contains("kol-livestream raises GMV"), "no GMV-only line for a plan that loses money");
        // the economics table, in yuan, with the incremental ROI
        assertTrue(html.contains("<th scope=\"row\">kol-livestream</th><td class=\"up\">+43,823<br><small>[+25,520, +62,126]"
                + "</small></td><td class=\"up\">+1.5%<br><small>[+0.9, +2.2]</small></td><td class=\"up\">+10,956<br><small>"
                + "[+6,380, +15,532]</small></td><td class=\"down\">+50,785<br><small>[+50,752, +50,818]</small></td>"
                + "<td class=\"down\">-39,829<br><small>[-44,412, -35,246]</small></td><td>0%</td><td class=\"down\">0.22<br>"
                + "<small>[0.13, 0.31]</small></td></tr>"), html);
        assertTrue(html.contains("<th scope=\"col\">Gross margin per yuan spent (not incremental)</th>"));
        assertFalse(html.contains(">ROI<"), "the total ratio is not called a return");
        assertEquals(7, count(html, "<figure "), "difference, five strategy bars, funnel (no daily_summary.csv here)");
    }

    @Test
    void aComparisonWithoutIncrementalCsvStillLeadsWithProfit() throws Exception {
        Path dir = copy(Fixtures.dir("compare-econ"));
        Files.delete(dir.resolve("incremental.csv"));
        String html = new HtmlReport(new Results(dir), EN).render(null);
        assertTrue(html.contains("<li>kol-livestream loses 39,829 yuan of profit [35,246, 44,412] against "
                + "baseline-no-community although it raises GMV by 1.5% [0.9%, 2.2%]. More profit in 0% of replications.</li>"),
                html);
    }

    @Test
    void singleRunReportSaysThereIsNoVerdictAndShowsTheTotals() {
        String html = new HtmlReport(Fixtures.run(), EN).render("Will groups pay for themselves?");
        assertTrue(html.contains("Will groups pay for themselves?"));
        assertTrue(html.contains("there is no comparison and no verdict"));
        assertTrue(html.contains("<th scope=\"row\">GMV</th><td>10,712,278</td>"), "totals from summary.json");
        // a summary.json written before the rename: its roi is shown under the ratio's name
        assertTrue(html.contains("<th scope=\"row\">Gross margin per yuan spent (not incremental)</th><td>15.08</td>"), html);
        assertEquals(9, count(html, "<figure "));
    }

    @Test
    void selfContainedWithUniqueIds() {
        String html = new HtmlReport(Fixtures.compare(), EN).render(null);
        // the inlined chart library holds such strings as code; what the report itself holds must not fetch
        String own = html.replaceFirst("(?s)<script id=\"explore-lib\">.*?</script>", "");
        for (String external : List.of("<link", "<img", "src=", "href=\"http", "url(http", "@import",
                "<!DOCTYPE svg")) {
            assertFalse(own.contains(external), "must not fetch anything: " + external);
        }
        // scripts only inline: the interactive chart's library, data and code, nothing else
        assertEquals(List.of("<script type=\"application/json\" id=\"explore-data\">", "<script id=\"explore-lib\">",
                "<script id=\"explore-main\">"), Pattern.compile("<script[^>]*>").matcher(html).results()
                .map(r -> r.group()).toList());
        assertTrue(html.contains("\"kpi\":\"gmv\""), "the daily GMV bands are in the page");
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "duplicate id " + m.group(1));
        }
        assertTrue(ids.size() > 24, "clip paths and figures have ids: " + ids.size());
    }

    @Test
    void textFromFilesIsEscaped() throws Exception {
        Path dir = copy(Fixtures.dir("compare"));
        Path csv = dir.resolve("comparison.csv");
        Files.writeString(csv, Files.readString(csv).replace("kol-livestream", "kol<script>alert(1)</script>&co"));
        String html = new HtmlReport(new Results(dir), EN).render("<b>why?</b>");
        assertFalse(html.contains("<script>"), "markup from a table must be escaped");
        assertFalse(html.contains("<b>why?</b>"));
        assertTrue(html.contains("&lt;b&gt;why?&lt;/b&gt;"));
        assertTrue(html.contains("kol&lt;script&gt;alert(1)&lt;/script&gt;&amp;co"), "escaped in verdicts and tables");
    }

    @Test
    void strategiesListWhatDiffersFromTheBaseline() {
        Path scenarios = Path.of("..", "scenarios");
        List<ScenarioNotes.Note> notes = ScenarioNotes.of(List.of("baseline-no-community", "kol-livestream"),
                List.of(scenarios.resolve("baseline-no-community.yaml").toString(),
                        scenarios.resolve("kol-livestream.yaml").toString()), Path.of("."));
        assertEquals(List.of(), notes.get(0).differences(), "the baseline is the reference");
        List<String> diffs = notes.get(1).differenceTexts();
        assertTrue(diffs.contains("stores: 1 — main, price_level 1, online_ordering true, qr_join_rate 0.08"), diffs.toString());
        assertTrue(diffs.stream().anyMatch(d -> d.startsWith("campaigns: 3 — livestream, kol host_xiaomei, start 14, every 14, budget 150000")),
                diffs.toString());
        assertTrue(diffs.stream().noneMatch(d -> d.startsWith("population")), "same population: " + diffs);
    }

    @Test
    void aMissingScenarioFileIsSaidNotHidden() {
        List<ScenarioNotes.Note> notes = ScenarioNotes.of(List.of("x"), List.of("nowhere/x.yaml"), tmp);
        assertEquals("file not found", notes.get(0).problem());
    }

    @Test
    void chineseReportIsInChinese() {
        String html = new HtmlReport(Fixtures.compare(), Style.of(Lang.ZH)).render(null);
        assertTrue(html.contains("<html lang=\"zh-CN\">"));
        assertTrue(html.contains("<h2>结论</h2>"));
        assertTrue(html.contains("store-plus-community 使销售额（GMV）比 baseline-no-community 提高 22.2% [21.3%, 23.0%]"),
                headline(html));
    }

    static String headline(String html) {
        int at = html.indexOf("headline");
        return at < 0 ? "no headline" : html.substring(at, Math.min(html.length(), at + 300));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private Path copy(Path from) throws Exception {
        Path dir = tmp.resolve("copy");
        Files.createDirectories(dir);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }
}
